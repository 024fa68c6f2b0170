<#import "/hromada-console/ui.ftl" as ui>
<ul class="recent-changes">
<#list entries as e>
  <li>
    <@ui.when e.at/> · ${e.actor} · <code>${e.action}</code><#if e.summary?has_content> · <#if linkToAudit><a href="/console/audit/${e.id?c}">${e.summary}</a><#else>${e.summary}</#if><#elseif linkToAudit> · <a href="/console/audit/${e.id?c}">${e.entityType} ${e.entityId}</a></#if>
  </li>
</#list>
</ul>
<#if linkToAudit><p><a href="/console/audit">${msg("widget.recent.all")}</a></p></#if>
