<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("tokens.title")}</h1>
<p class="hint">${msg("tokens.intro")}</p>
<p><@ui.linkButton href=console.sectionBase + "/new" label=msg("tokens.new") kind="primary"/></p>
<#if tokens?has_content>
<table class="list">
  <caption>${msg("tokens.count", total)}</caption>
  <thead><tr>
    <th scope="col">${msg("tokens.name")}</th>
    <th scope="col">${msg("tokens.role")}</th>
    <th scope="col">${msg("tokens.createdAt")}</th>
    <th scope="col">${msg("tokens.expiresAt")}</th>
    <th scope="col">${msg("tokens.lastUsedAt")}</th>
    <th scope="col">${msg("tokens.state")}</th>
    <th scope="col"><span class="visually-hidden">${msg("tokens.actions")}</span></th>
  </tr></thead>
  <tbody>
  <#list tokens as t>
    <tr>
      <td>${t.name}</td>
      <td>${msg("role." + t.role)}</td>
      <td><@ui.when t.createdAt/><#if t.createdBy??> <span class="hint">${msg("tokens.by", t.createdBy)}</span></#if></td>
      <td><@ui.when t.expiresAt/></td>
      <td><#if t.lastUsedAt??><@ui.when t.lastUsedAt/><#else>${msg("tokens.neverUsed")}</#if></td>
      <td><@ui.badge status=t.state label=msg("tokens.state." + t.state)/></td>
      <td><#if t.state == "active"><a href="${console.sectionBase}/${t.id?c}/revoke">${msg("tokens.revoke")}<span class="visually-hidden"> ${t.name}</span></a></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<@ui.pagination page=page size=size total=total base=console.sectionBase/>
<#else>
<p>${msg("tokens.none")}</p>
</#if>
