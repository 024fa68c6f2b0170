<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as d>
<h1>${msg("documents.list.title")}</h1>
<div class="toolbar">
  <@ui.linkButton href=base + "/new" label=msg("documents.new.title") kind="primary"/>
  <@ui.linkButton href=base + "/deadlines" label=msg("documents.deadlines.title")/>
</div>
<form class="filters" method="get" action="${base}" role="search" aria-label="${msg("documents.filter.label")}">
  <@ui.select name="kind" label=msg("documents.field.kind") value=filters.kind
      options=[{"value": "", "label": msg("documents.filter.any")}] + kinds/>
  <@ui.select name="status" label=msg("documents.field.status") value=filters.status
      options=[{"value": "", "label": msg("documents.filter.any")}] + d.options(statuses, "documents.status.")/>
  <@ui.field name="q" type="search" label=msg("documents.filter.q") value=filters.q/>
  <@ui.field name="year" type="number" label=msg("documents.filter.year") value=filters.year attrs={"min": "1900", "max": "2999"}/>
  <@ui.button label=msg("documents.filter.apply") kind="secondary"/>
</form>
<#if items?has_content>
<p class="count">${msg("documents.list.count", total)}</p>
<@ui.tableScroll label=msg("documents.list.title")>
<table class="table">
  <thead><tr>
    <th scope="col">${msg("documents.field.kind")}</th>
    <th scope="col">${msg("documents.field.number")}</th>
    <th scope="col">${msg("documents.field.adoptedOn")}</th>
    <th scope="col">${msg("documents.field.title")}</th>
    <th scope="col">${msg("documents.field.status")}</th>
    <th scope="col">${msg("documents.field.deadline")}</th>
  </tr></thead>
  <tbody>
  <#list items as i>
    <tr>
      <td>${i.kind}</td>
      <td><a href="${i.href}">${i.number}</a></td>
      <td>${i.adoptedOn}</td>
      <td><a href="${i.href}">${i.title}</a></td>
      <td><@d.status i.status/></td>
      <td><@d.deadline i.deadline/><#if i.dueOn?has_content> <span class="hint">${msg("documents.deadline.due", i.dueOn)}</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</@ui.tableScroll>
<@ui.pagination page=page size=size total=total base=base query=query/>
<#else>
<p class="empty">${msg("documents.list.empty")}</p>
</#if>
