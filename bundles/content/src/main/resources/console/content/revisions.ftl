<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as c>
<@c.tabs item=item current="revisions"/>
<table class="table">
  <thead><tr>
    <th scope="col">${msg("content.revisions.number")}</th>
    <th scope="col">${msg("content.revisions.when")}</th>
    <th scope="col">${msg("content.revisions.who")}</th>
    <th scope="col">${msg("content.revisions.action")}</th>
    <th scope="col"><span class="visually-hidden">${msg("content.revisions.links")}</span></th>
  </tr></thead>
  <tbody>
  <#list revisions as r>
    <tr>
      <td>${r.number}<#if r.latest> (${msg("content.revisions.current")})</#if></td>
      <td><@ui.when r.createdAt/></td>
      <td>${r.actor}</td>
      <td>${msg("content.revision.action." + r.action)}</td>
      <td>
        <a href="${item.href}/revisions/${r.number}?against=previous">${msg("content.revisions.changes")}</a>
        <#if !r.latest> · <a href="${item.href}/revisions/${r.number}?against=current">${msg("content.revisions.vsCurrent")}</a>
        <#if canEdit> · <a href="${item.href}/revisions/${r.number}/restore">${msg("content.revisions.restore")}</a></#if></#if>
      </td>
    </tr>
  </#list>
  </tbody>
</table>
