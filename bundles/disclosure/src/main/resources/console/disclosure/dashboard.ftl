<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as d>
<h1>${msg("disclosure.title")}</h1>
<p class="hint">${msg("disclosure.hint")}</p>
<p><#if lastRun??>${msg("disclosure.lastRun", consoleTime(lastRun))}<#else>${msg("disclosure.neverRun")}</#if></p>
<@ui.form action=base + "/run">
  <@ui.button label=msg("disclosure.runNow")/>
</@ui.form>
<h2>${msg("disclosure.filter")}</h2>
<ul class="widget-counts">
<#list counts as key, n><li><@d.status key looks[key]/> ${n}</li></#list>
</ul>
<@ui.tableScroll label=msg("disclosure.title")>
<table class="table">
  <thead><tr>
    <th scope="col">${msg("disclosure.col.item")}</th>
    <th scope="col">${msg("disclosure.col.name")}</th>
    <th scope="col">${msg("disclosure.col.status")}</th>
    <th scope="col">${msg("disclosure.col.details")}</th>
  </tr></thead>
  <tbody>
  <#list items as i>
    <tr id="item-${i.id}">
      <th scope="row">${d.label(i)}</th>
      <td>${i.name}</td>
      <td><@d.status i.status i.look/><#if i.checkedAt??><br><span class="hint"><@ui.when i.checkedAt/></span></#if></td>
      <td>
        <#if i.source == "check">
          <#list i.checks as c><p class="hint">${msg("disclosure.source.check", c)}</p></#list>
          <#if i.summary?has_content><p>${i.summary}</p></#if>
          <@d.evidence i.evidence/>
          <#if i.advice?has_content><p><strong>${msg("disclosure.advice")}:</strong> ${i.advice}</p></#if>
        <#elseif i.source == "attestation">
          <p class="hint">${msg("disclosure.source.attestation", i.attestation.by, i.attestation.on, i.attestation.reviewOn)}</p>
          <#if i.attestation.url?has_content><p>${msg("disclosure.published")}: <a href="${i.attestation.url}">${i.attestation.url}</a></p></#if>
          <#if i.attestation.note?has_content><p>${i.attestation.note}</p></#if>
        <#else>
          <p class="hint">${msg("disclosure.source." + i.source)}</p>
        </#if>
        <#if i.attestable && i.source != "points"><p><a href="${base}/${i.id}" aria-label="${msg("disclosure.attest")} — ${d.label(i)}">${msg("disclosure.attest")}</a></p></#if>
      </td>
    </tr>
  </#list>
  </tbody>
</table>
</@ui.tableScroll>
