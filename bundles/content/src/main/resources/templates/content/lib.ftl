<#--
  Shared pieces of the content pages. Import with <#import "/content/lib.ftl" as c>.
  A section is stored as a code (e.g. "osvita"); its name comes from the message
  content.section.<code>, and a code without a message is shown as it is.
-->
<#function sectionName code>
  <#local key = "content.section." + code>
  <#local text = msg(key)>
  <#return (text == key)?then(code, text)>
</#function>

<#-- A list of items as cards. level: the heading level of each title (2 on list pages, 3 under an h2). -->
<#macro teasers items level=2 showSection=true cssClass="">
<ul class="teasers<#if cssClass?has_content> ${cssClass}</#if>">
  <#list items as i>
  <li class="teaser<#if i.pinned> teaser--pinned</#if>">
    <h${level?c} class="teaser__title"><a href="${i.url}">${i.title}</a></h${level?c}>
    <p class="teaser__meta">
      <time datetime="${i.datetime}">${i.date}</time><#if showSection && i.section?has_content><span class="teaser__section">${sectionName(i.section)}</span></#if>
    </p>
    <#if i.summary?has_content>
    <p class="teaser__summary">${i.summary}</p>
    </#if>
  </li>
  </#list>
</ul>
</#macro>

<#-- Breadcrumbs: the home page, then crumbs (title, url unless current). -->
<#macro breadcrumbs crumbs>
<nav class="breadcrumbs" aria-label="${msg('content.breadcrumbs.label')}">
  <ol>
    <li><a href="${home}">${msg("site.nav.home")}</a></li>
    <#list crumbs as crumb>
    <li><#if crumb.current><span aria-current="page">${crumb.title}</span><#else><a href="${crumb.url}">${crumb.title}</a></#if></li>
    </#list>
  </ol>
</nav>
</#macro>

<#--
  Open Graph and schema.org for a page. The layout has no slot in <head> yet, so these stand at the
  top of <main>: meta elements with "property" (RDFa) are allowed in the body, and a JSON-LD script
  block is read wherever it is. jsonLd is built and escaped in Java (no "<" can occur in it).
-->
<#macro metadata title description url type="article" jsonLd="" image="" imageAlt="">
<meta property="og:type" content="${type}">
<meta property="og:title" content="${title}">
<#if description?has_content>
<meta property="og:description" content="${description}">
</#if>
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${siteName}">
<#if image?has_content>
<meta property="og:image" content="${image}">
<#if imageAlt?has_content>
<meta property="og:image:alt" content="${imageAlt}">
</#if>
</#if>
<meta property="og:locale" content="${(lang == 'en')?then('en_GB', 'uk_UA')}">
<#if jsonLd?has_content>
<script type="application/ld+json">${jsonLd?no_esc}</script>
</#if>
</#macro>

<#-- A responsive image from the media library (src, srcset, sizes, alt, width, height), loaded lazily. -->
<#macro image img>
<img src="${img.src}"<#if img.srcset?has_content> srcset="${img.srcset}" sizes="${img.sizes}"</#if> alt="${img.alt}"<#if img.width?has_content> width="${img.width}" height="${img.height}"</#if> loading="lazy" decoding="async">
</#macro>
