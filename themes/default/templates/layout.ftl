<#--
  The frame of every page. Use it from any template:

    <#import "/layout.ftl" as layout>
    <@layout.page title="Page title">
      <h1>Page title</h1>
      ...
    </@layout.page>

  Parameters: title (required; shown before the site name in <title>), description (optional,
  the meta description), feeds (optional: a list of {"url", "title"}, the page's Atom feeds,
  advertised as <link rel="alternate">), head (optional, default false): with head=true the body of the call is
  rendered twice with a loop variable, once in <head> ("head") and once in <main> ("body"):

    <@layout.page title=x head=true; part>
      <#if part == "head"><meta property="og:title" content="${x}"><#else><h1>${x}</h1></#if>
    </@layout.page>
 The page's own content goes in the body of the call and ends up inside
  <main id="main">. Every page gets: lang, siteName, path, url, home, alternate, menu (the main menu's
  entries that installed bundles publish: path, label as a message key, url), msg(), asset(), year.
-->
<#macro page title description="" head=false feeds=[]>
<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><#if title?has_content && title != siteName>${title} — </#if>${siteName}</title>
  <#if description?has_content>
  <meta name="description" content="${description}">
  </#if>
  <link rel="stylesheet" href="${asset('css/site.css')}">
  <#if lang == "en">
  <link rel="alternate" hreflang="uk" href="${alternate}">
  <link rel="alternate" hreflang="en" href="${url}">
  <#else>
  <link rel="alternate" hreflang="uk" href="${url}">
  <link rel="alternate" hreflang="en" href="${alternate}">
  </#if>
  <#list feeds as feed>
  <link rel="alternate" type="application/atom+xml" title="${feed.title}" href="${feed.url}">
  </#list>
  <#if head><#nested "head"></#if>
</head>
<body>
  <a class="skip-link" href="#main">${msg("site.skip")}</a>
  <header class="site-header">
    <div class="wrap site-header__inner">
      <a class="site-name" href="${home}">${siteName}</a>
      <form class="site-search" role="search" method="get" action="${home}search" aria-label="${msg('site.search.label')}">
        <label class="visually-hidden" for="site-search-q">${msg("site.search.label")}</label>
        <input id="site-search-q" name="q" type="search" maxlength="200" autocomplete="off">
        <button type="submit">${msg("site.search.submit")}</button>
      </form>
      <p class="lang-switch">
        <#if lang == "en">
        <a href="${alternate}" lang="uk" hreflang="uk">Українська</a>
        <#else>
        <a href="${alternate}" lang="en" hreflang="en">English</a>
        </#if>
      </p>
      <nav class="site-nav" aria-label="${msg('site.nav.label')}">
        <ul>
          <li><a href="${home}"<#if path == "/"> aria-current="page"</#if>>${msg("site.nav.home")}</a></li>
          <#list (menu![]) as item>
          <li><a href="${item.url}"<#if path == item.path || path?starts_with(item.path + "/")> aria-current="page"</#if>>${msg(item.label)}</a></li>
          </#list>
        </ul>
      </nav>
    </div>
  </header>
  <main id="main" tabindex="-1" class="wrap">
<#if head><#nested "body"><#else><#nested></#if>
  </main>
  <footer class="site-footer">
    <div class="wrap">
      <p>© ${year} ${siteName}</p>
    </div>
  </footer>
</body>
</html>
</#macro>
