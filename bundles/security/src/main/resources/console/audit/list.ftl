<#import "/hromada-console/ui.ftl" as ui>
<#-- Error message keys from the section, in this console language. -->
<#assign errs = {}><#list (errors!{}) as f, k><#assign errs = errs + {f: msg(k)}></#list>
<h1>${msg("audit.title")}</h1>
<@ui.errors errs/>
<form method="get" action="${console.sectionBase}" class="filters" role="search" aria-label="${msg("audit.filter")}">
  <@ui.field name="actor" label=msg("audit.actor") value=filters.actor error=errs.actor!""/>
  <@ui.field name="action" label=msg("audit.action") value=filters.action hint=msg("audit.action.hint") error=errs.action!""/>
  <@ui.field name="entityType" label=msg("audit.entityType") value=filters.entityType error=errs.entityType!""/>
  <@ui.field name="entityId" label=msg("audit.entityId") value=filters.entityId error=errs.entityId!""/>
  <@ui.field name="from" type="date" label=msg("audit.from") value=filters.from error=errs.from!""/>
  <@ui.field name="to" type="date" label=msg("audit.to") value=filters.to error=errs.to!""/>
  <@ui.button label=msg("audit.filter.apply") kind="secondary"/>
</form>
<#if entries?has_content>
<table class="list">
  <caption>${msg("audit.count", total)}</caption>
  <thead><tr>
    <th scope="col">${msg("audit.at")}</th>
    <th scope="col">${msg("audit.actor")}</th>
    <th scope="col">${msg("audit.action")}</th>
    <th scope="col">${msg("audit.entity")}</th>
    <th scope="col">${msg("audit.summary")}</th>
    <th scope="col">${msg("audit.channel")}</th>
  </tr></thead>
  <tbody>
  <#list entries as e>
    <tr>
      <td><a href="${console.sectionBase}/${e.id?c}"><@ui.when e.at/></a></td>
      <td>${e.actor}</td>
      <td><code>${e.action}</code></td>
      <td>${e.entityType}<#if e.entityId?has_content> ${e.entityId}</#if></td>
      <td>${e.summary}</td>
      <td>${msg("audit.channel." + e.channel)}</td>
    </tr>
  </#list>
  </tbody>
</table>
<@ui.pagination page=page size=size total=total base=console.sectionBase query=query/>
<#elseif !errs?has_content>
<p>${msg("audit.none")}</p>
</#if>
