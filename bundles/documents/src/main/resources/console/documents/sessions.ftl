<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("sessions.list.title")}</h1>
<div class="toolbar"><@ui.linkButton href=base + "/new" label=msg("sessions.new.title") kind="primary"/></div>
<#if items?has_content>
<p class="count">${msg("sessions.list.count", total)}</p>
<@ui.tableScroll label=msg("sessions.list.title")>
<table class="table">
  <thead><tr>
    <th scope="col">${msg("sessions.field.heldOn")}</th>
    <th scope="col">${msg("sessions.field.bodyName")}</th>
    <th scope="col">${msg("sessions.field.number")}</th>
    <th scope="col">${msg("sessions.field.convocation")}</th>
    <th scope="col">${msg("sessions.field.status")}</th>
    <th scope="col">${msg("sessions.field.publishedAt")}</th>
  </tr></thead>
  <tbody>
  <#list items as s>
    <tr>
      <td>${s.heldOn}</td>
      <td><a href="${s.href}">${s.bodyName}</a> <span class="hint">${msg("sessions.bodyKind." + s.bodyKind)}</span></td>
      <td><a href="${s.href}">${s.number}</a></td>
      <td>${s.convocation}</td>
      <td><@ui.badge status="session-" + s.status label=msg("sessions.status." + s.status)/></td>
      <td>${msg(s.published?then("sessions.published.yes", "sessions.published.no"))}</td>
    </tr>
  </#list>
  </tbody>
</table>
</@ui.tableScroll>
<@ui.pagination page=page size=size total=total base=base/>
<#else>
<p class="empty">${msg("sessions.list.empty")}</p>
</#if>
