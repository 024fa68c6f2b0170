<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as c>
<div class="toolbar">
  <@ui.linkButton href=base + "/new" label=msg("content." + type + ".new") kind="primary"/>
</div>
<form class="filters" method="get" action="${base}" role="search" aria-label="${msg("content.filter.label")}">
  <@ui.select name="status" label=msg("content.field.status") value=filters.status
      options=[{"value": "", "label": msg("content.filter.any")}] + statuses?map(s -> {"value": s, "label": msg("content.status." + s)})/>
  <@ui.select name="language" label=msg("content.field.language") value=filters.language
      options=[{"value": "", "label": msg("content.filter.any")}] + languages?map(l -> {"value": l, "label": msg("content.language." + l)})/>
  <@ui.field name="section" label=msg("content.field.section") value=filters.section/>
  <@ui.field name="q" type="search" label=msg("content.filter.q") value=filters.q/>
  <@ui.checkbox name="mine" label=msg("content.filter.mine") checked=filters.mine/>
  <@ui.button label=msg("content.filter.apply") kind="secondary"/>
</form>
<#if items?has_content>
<p class="count">${msg("content.list.count", total)}</p>
<table class="table">
  <thead><tr>
    <th scope="col">${msg("content.field.title")}</th>
    <th scope="col">${msg("content.field.status")}</th>
    <th scope="col">${msg("content.field.language")}</th>
    <th scope="col">${msg("content.field.section")}</th>
    <th scope="col">${msg("content.field.author")}</th>
    <th scope="col">${msg("content.field.updated")}</th>
    <th scope="col">${msg("content.field.publishAt")}</th>
  </tr></thead>
  <tbody>
  <#list items as i>
    <tr>
      <td><a href="${i.href}">${i.title}</a><#if !i.editable> <span class="hint">(${msg("content.list.readOnly")})</span></#if></td>
      <td><@c.status i.status/></td>
      <td>${msg("content.language." + i.language)}</td>
      <td>${i.section}</td>
      <td>${i.author}</td>
      <td><@ui.when i.updatedAt/></td>
      <td><#if i.publishedAt??><@ui.when i.publishedAt/><#elseif i.publishAt??><@ui.when i.publishAt/><#else>—</#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<@ui.pagination page=page size=size total=total base=base query=query/>
<#else>
<p class="empty">${msg("content.list.empty")}</p>
</#if>
