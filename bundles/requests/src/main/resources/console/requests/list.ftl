<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as q>
<h1>${msg("requests.list.title")}</h1>
<div class="toolbar">
  <@ui.linkButton href=base + "/new" label=msg("requests.new.title") kind="primary"/>
  <@ui.linkButton href=base + "/statistics" label=msg("requests.stats.title")/>
  <@ui.linkButton href=base + "/office" label=msg("requests.office.link")/>
</div>
<form class="filters" method="get" action="${base}" role="search" aria-label="${msg("requests.filter.label")}">
  <@ui.select name="status" label=msg("requests.field.status") value=filters.status
      options=[{"value": "", "label": msg("requests.filter.any")}] + q.options(statuses, "requests.status.")/>
  <@ui.select name="channel" label=msg("requests.field.channel") value=filters.channel
      options=[{"value": "", "label": msg("requests.filter.any")}] + q.options(channels, "requests.channel.")/>
  <@ui.field name="department" label=msg("requests.field.department") value=filters.department/>
  <@ui.field name="q" type="search" label=msg("requests.filter.q") value=filters.q hint=msg("requests.hint.q")/>
  <@ui.checkbox name="overdue" label=msg("requests.filter.overdue") checked=filters.overdue?has_content/>
  <@ui.button label=msg("requests.filter.apply") kind="secondary"/>
</form>
<#if items?has_content>
<p class="count">${msg("requests.list.count", total)}</p>
<@ui.tableScroll label=msg("requests.list.title")>
<table class="table">
  <thead><tr>
    <th scope="col">${msg("requests.field.number")}</th>
    <th scope="col">${msg("requests.field.receivedAt")}</th>
    <th scope="col">${msg("requests.field.requester")}</th>
    <th scope="col">${msg("requests.field.channel")}</th>
    <th scope="col">${msg("requests.field.status")}</th>
    <th scope="col">${msg("requests.field.due")}</th>
  </tr></thead>
  <tbody>
  <#list items as i>
    <tr>
      <td><a href="${i.href}">${i.number}</a><#if i.urgent> <span class="hint">${msg("requests.field.urgent")}</span></#if></td>
      <td><@ui.when i.receivedAt/></td>
      <td>${i.requester}</td>
      <td>${msg("requests.channel." + i.channel)}</td>
      <td><@q.status i.status/></td>
      <td><@q.due key=i.due dueOn=i.dueOn/></td>
    </tr>
  </#list>
  </tbody>
</table>
</@ui.tableScroll>
<@ui.pagination page=page size=size total=total base=base query=query/>
<#else>
<p class="empty">${msg("requests.list.empty")}</p>
</#if>
