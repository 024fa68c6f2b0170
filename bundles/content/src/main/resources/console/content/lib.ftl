<#-- Shared bits of the content console pages. -->
<#import "/hromada-console/ui.ftl" as ui>

<#-- The error message of a field, or "" (errors hold message keys). -->
<#function err errors name><#return (errors[name]??)?then(msg(errors[name]), "")></#function>

<#macro status key><@ui.badge status=key label=msg("content.status." + key)/></#macro>

<#-- The item's sub-navigation: edit, revisions, the public page when published. -->
<#macro tabs item current>
<nav class="subnav" aria-label="${msg("content.item.nav")}">
  <ul>
    <li><a href="${item.href}"<#if current == "edit"> aria-current="page"</#if>>${msg("content.edit.tab")}</a></li>
    <li><a href="${item.href}/revisions"<#if current == "revisions"> aria-current="page"</#if>>${msg("content.revisions.tab")}</a></li>
    <#if item.translationId??><li><a href="${base}/${item.translationId}" hreflang="${item.otherLanguage}">${msg("content.item.translation")}</a></li>
    <#else><li><a href="${base}/new?language=${item.otherLanguage}&amp;translationOf=${item.id}">${msg("content.item.translate")}</a></li></#if>
    <#if item.url??><li><a href="${item.url}" target="_blank" rel="noopener">${msg("content.item.public")}</a></li></#if>
  </ul>
</nav>
</#macro>
