<#-- The console's page frame; content is the page's main content, already rendered. -->
<!DOCTYPE html>
<html lang="${console.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${console.siteName}</title>
<#if console.csrfToken?has_content><meta name="csrf-token" content="${console.csrfToken}"></#if>
<link rel="stylesheet" href="${console.assets.css}">
<script src="${console.assets.htmx}" defer></script>
<script src="${console.assets.js}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${msg("console.skip")}</a>
<header class="top">
  <div class="brand">
    <a class="site-name" href="/console/">${console.siteName}</a>
    <span class="product">${msg("console.name")}</span>
  </div>
  <div class="tools">
    <a href="${console.siteUrl}">${msg("console.publicSite")}</a>
    <nav class="lang" aria-label="${msg("console.lang.label")}">
      <#if console.lang == "uk"><span aria-current="true" lang="uk">Українська</span><#else><a href="${console.langUk}" lang="uk" hreflang="uk">Українська</a></#if>
      <#if console.lang == "en"><span aria-current="true" lang="en">English</span><#else><a href="${console.langEn}" lang="en" hreflang="en">English</a></#if>
    </nav>
    <#if console.signedIn>
    <div class="user">
      <a href="/console/account/" title="${msg("console.account")}"><span class="visually-hidden">${msg("console.signedInAs")} </span>${console.user}</a>
      <form method="post" action="/console/sign-out" class="sign-out">
        <input type="hidden" name="_csrf" value="${console.csrfToken}">
        <button type="submit" class="button secondary small">${msg("console.signOut")}</button>
      </form>
    </div>
    </#if>
  </div>
</header>
<#if console.signedIn>
<nav class="menu" aria-label="${msg("console.menu")}">
  <ul>
    <li><a href="/console/"<#if consoleHome!false> aria-current="page"</#if>>${msg("console.dashboard.menu")}</a></li>
    <#list menu as item>
    <li><a href="${item.href}"<#if item.current> aria-current="page"</#if>>${item.label}</a></li>
    </#list>
  </ul>
</nav>
</#if>
<div class="flash" role="status"><#if flash?has_content><p>${flash}</p></#if></div>
<main id="main" tabindex="-1">
${content}
</main>
<footer class="bottom"><p>${msg("console.footer")}</p></footer>
</body>
</html>
