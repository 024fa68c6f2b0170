<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("requests.registered.title")}</h1>
<div class="notice" role="status">
  <p>${msg("requests.registered.number", number)}</p>
  <p>${msg("requests.field.receivedAt")}: <@ui.when receivedAt/><#if dueOn?has_content> · ${msg("requests.due.on", dueOn)}</#if></p>
</div>
<h2>${msg("requests.registered.code")}</h2>
<p class="tracking-code"><strong>${code}</strong></p>
<p class="hint">${msg("requests.registered.codeHint")}</p>
<div class="buttons">
  <@ui.linkButton href=href label=msg("requests.registered.open") kind="primary"/>
  <@ui.linkButton href=base + "/new" label=msg("requests.registered.another")/>
</div>
