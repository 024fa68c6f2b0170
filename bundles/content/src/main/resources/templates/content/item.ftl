<#-- One news item, announcement or material: /news/{slug}, /announcements/{slug}, /materials/{slug}. -->
<#import "/layout.ftl" as layout>
<#import "/content/lib.ftl" as c>
<@layout.page title=item.title description=item.summary head=true
    feeds=[{"url": feedUrl, "title": msg("content." + type + ".title")}]; part>
<#if part == "head">
  <@c.metadata title=item.title description=item.summary url=ogUrl jsonLd=(jsonLd!"") image=(ogImage!"")
      imageAlt=(cover.alt)!""/>
<#else>
  <@c.breadcrumbs crumbs=[{"title": msg("content." + type + ".title"), "url": listUrl, "current": false},
      {"title": item.title, "current": true}]/>
  <article class="article">
    <h1>${item.title}</h1>
    <dl class="article__meta">
      <div>
        <dt>${msg("content.item.published")}</dt>
        <dd><time datetime="${item.datetime}">${item.date}</time></dd>
      </div>
      <div>
        <dt>${msg("content.item.updated")}</dt>
        <dd><time datetime="${item.updatedDatetime}">${item.updated}</time></dd>
      </div>
      <#if item.section?has_content>
      <div>
        <dt>${msg("content.item.section")}</dt>
        <dd><a href="${sectionUrl}">${c.sectionName(item.section)}</a></dd>
      </div>
      </#if>
    </dl>
    <#if cover??>
    <figure class="article__cover">
      <@c.image img=cover/>
      <#if cover.title?has_content><figcaption>${cover.title}</figcaption></#if>
    </figure>
    </#if>
    <#if item.showSummary>
    <p class="lead">${item.summary}</p>
    </#if>
    <#-- The body was sanitised when it was saved (RichText): only allow-listed HTML is in it. -->
    <div class="article__body">${item.body?no_esc}</div>
    <#if item.tags?has_content>
    <div class="article__tags">
      <h2>${msg("content.item.tags")}</h2>
      <ul class="tags">
        <#list item.tags as tag>
        <li>${tag}</li>
        </#list>
      </ul>
    </div>
    </#if>
  </article>
  <p class="more"><a href="${listUrl}">${msg("content." + type + ".back")}</a></p>
</#if>
</@layout.page>
