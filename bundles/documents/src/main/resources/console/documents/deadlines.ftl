<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as d>
<h1>${msg("documents.deadlines.title")}</h1>
<p class="hint">${msg("documents.deadlines.hint")}</p>
<nav class="subnav" aria-label="${msg("documents.deadlines.filter")}">
  <ul>
    <li><a href="${base}"<#if !status?has_content> aria-current="page"</#if>>${msg("documents.deadlines.attention")}</a></li>
    <#list counts as key, n>
    <li><a href="${base}?status=${key}"<#if status == key> aria-current="page"</#if>>${msg("documents.deadline." + key)}: ${n}</a></li>
    </#list>
  </ul>
</nav>
<#if items?has_content>
<@ui.tableScroll label=msg("documents.deadlines.title")>
<table class="table">
  <thead><tr>
    <th scope="col">${msg("documents.field.kind")}</th>
    <th scope="col">${msg("documents.field.number")}</th>
    <th scope="col">${msg("documents.field.title")}</th>
    <th scope="col">${msg("documents.field.adoptedOn")}</th>
    <th scope="col">${msg("documents.deadlines.rule")}</th>
    <th scope="col">${msg("documents.deadlines.dueOn")}</th>
    <th scope="col">${msg("documents.field.deadline")}</th>
  </tr></thead>
  <tbody>
  <#list items as i>
    <tr>
      <td>${i.kind}</td>
      <td><a href="${i.href}">${i.number}</a></td>
      <td><a href="${i.href}">${i.title}</a></td>
      <td>${i.adoptedOn}</td>
      <td>${msg("documents.rule." + i.rule)}</td>
      <td>${i.dueOn?has_content?then(i.dueOn, "—")}</td>
      <td><@d.deadline i.status/><#if i.daysLate gt 0> <span class="hint">${msg("documents.deadline.daysLate", i.daysLate)}</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
</@ui.tableScroll>
<@ui.pagination page=page size=size total=total base=base query=query/>
<#else>
<p class="empty">${msg("documents.deadlines.empty")}</p>
</#if>
