<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as c>
<@c.tabs item=item current="revisions"/>
<p><#if against == "current">${msg("content.diff.vsCurrent", number)}<#elseif from == 0>${msg("content.diff.first", number)}<#else>${msg("content.diff.vsPrevious", number, from)}</#if></p>
<#if changes?has_content>
<table class="table diff">
  <thead><tr>
    <th scope="col">${msg("content.diff.field")}</th>
    <th scope="col">${msg("content.diff.before")}</th>
    <th scope="col">${msg("content.diff.after")}</th>
  </tr></thead>
  <tbody>
  <#list changes as ch>
    <tr>
      <th scope="row">${msg("content.field." + ch.field)}</th>
      <#if ch.runs??>
      <td colspan="2"><pre class="word-diff"><#list ch.runs as run><#if run.kind == "added"><ins>${run.text}</ins><#elseif run.kind == "removed"><del>${run.text}</del><#else>${run.text}</#if></#list></pre></td>
      <#else>
      <td><#if ch.beforeAt??><del><@ui.when ch.beforeAt/></del><#elseif ch.before?has_content><del>${ch.before}</del><#else>—</#if></td>
      <td><#if ch.afterAt??><ins><@ui.when ch.afterAt/></ins><#elseif ch.after?has_content><ins>${ch.after}</ins><#else>—</#if></td>
      </#if>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="empty">${msg("content.diff.none")}</p>
</#if>
<p><@ui.linkButton href=item.href + "/revisions" label=msg("content.revisions.back")/>
<#if canEdit && !latest> <@ui.linkButton href=item.href + "/revisions/" + number + "/restore" label=msg("content.revisions.restore") kind="primary"/></#if></p>
