<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("audit.detail.heading", entry.action)}</h1>
<dl class="summary">
  <dt>${msg("audit.at")}</dt><dd><@ui.when entry.at/></dd>
  <dt>${msg("audit.actor")}</dt><dd>${entry.actor}</dd>
  <dt>${msg("audit.channel")}</dt><dd>${msg("audit.channel." + entry.channel)}</dd>
  <dt>${msg("audit.entity")}</dt><dd>${entry.entityType}<#if entry.entityId?has_content> ${entry.entityId}</#if></dd>
  <#if entry.summary?has_content><dt>${msg("audit.summary")}</dt><dd>${entry.summary}</dd></#if>
</dl>
<#if changes?has_content>
<table class="list changes">
  <caption>${msg("audit.changes")}</caption>
  <thead><tr>
    <th scope="col">${msg("audit.field")}</th>
    <th scope="col">${msg("audit.before")}</th>
    <th scope="col">${msg("audit.after")}</th>
  </tr></thead>
  <tbody>
  <#list changes as c>
    <tr>
      <th scope="row"><code>${c.field}</code></th>
      <td><#if c.before??>${c.before}<#else><span class="hint">${msg("audit.absent")}</span></#if></td>
      <td><#if c.after??>${c.after}<#else><span class="hint">${msg("audit.absent")}</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p>${msg("audit.noChanges")}</p>
</#if>
<p><@ui.linkButton href=console.sectionBase label=msg("audit.back")/></p>
