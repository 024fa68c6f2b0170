<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("users.title")}</h1>
<p><@ui.linkButton href=console.sectionBase + "/new" label=msg("users.new") kind="primary"/></p>

<form method="get" action="${console.sectionBase}" class="filters" role="search" aria-label="${msg("users.filter")}">
  <@ui.field name="q" type="search" label=msg("users.filter.q") value=filters.q/>
  <#assign roleOptions = [{"value": "", "label": msg("users.filter.anyRole")}]>
  <#list allRoles as r><#assign roleOptions = roleOptions + [{"value": r, "label": msg("role." + r)}]></#list>
  <@ui.select name="role" label=msg("users.filter.role") options=roleOptions value=filters.role/>
  <@ui.select name="enabled" label=msg("users.filter.enabled") value=filters.enabled options=[
      {"value": "", "label": msg("users.filter.any")},
      {"value": "yes", "label": msg("users.state.enabled")},
      {"value": "no", "label": msg("users.state.disabled")}]/>
  <@ui.button label=msg("users.filter.apply") kind="secondary"/>
</form>

<#if users?has_content>
<table class="list">
  <caption>${msg("users.count", total)}</caption>
  <thead><tr>
    <th scope="col">${msg("users.username")}</th>
    <th scope="col">${msg("users.displayName")}</th>
    <th scope="col">${msg("users.roles")}</th>
    <th scope="col">${msg("users.state")}</th>
    <th scope="col">${msg("users.createdAt")}</th>
  </tr></thead>
  <tbody>
  <#list users as u>
    <tr>
      <td><a href="${console.sectionBase}/${u.username}">${u.username}</a></td>
      <td>${u.displayName}</td>
      <td><#list u.roles as r>${msg("role." + r)}<#sep>, </#sep><#else>—</#list></td>
      <td><#if u.enabled><@ui.badge status="active" label=msg("users.state.enabled")/><#else><@ui.badge status="disabled" label=msg("users.state.disabled")/></#if></td>
      <td><@ui.when u.createdAt/></td>
    </tr>
  </#list>
  </tbody>
</table>
<@ui.pagination page=page size=size total=total base=console.sectionBase query=query/>
<#else>
<p>${msg("users.none")}</p>
</#if>
