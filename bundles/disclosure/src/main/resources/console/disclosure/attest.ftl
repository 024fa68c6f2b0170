<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as d>
<#function err name><#return (errors[name]??)?then(msg(errors[name]), "")></#function>
<h1>${msg("disclosure.attest.title", item.number)}</h1>
<p>${item.name}</p>
<p>${msg("disclosure.col.status")}: <@d.status item.status item.look/></p>
<#if !item.attestable><div class="notice" role="note">${msg("disclosure.attest.checked")}</div></#if>
<p class="hint">${msg("disclosure.attest.hint")}</p>
<#assign shown = {}><#list errors as f, k><#assign shown = shown + {f: msg(k)}></#list>
<@ui.errors errors=shown/>
<@ui.form action=base + "/" + item.id>
  <@ui.select name="status" label=msg("disclosure.field.status") required=true value=form.status!""
      options=statuses?map(s -> {"value": s, "label": msg("disclosure.attestStatus." + s)}) error=err("status")/>
  <@ui.field name="url" label=msg("disclosure.field.url") value=form.url!"" hint=msg("disclosure.field.url.hint") error=err("url")/>
  <@ui.textarea name="note" label=msg("disclosure.field.note") value=form.note!"" rows=3 error=err("note")/>
  <@ui.field name="attestedOn" type="date" label=msg("disclosure.field.attestedOn") value=form.attestedOn!"" error=err("attestedOn")/>
  <@ui.field name="reviewDays" type="number" label=msg("disclosure.field.reviewDays") value=form.reviewDays!"" error=err("reviewDays") attrs={"min": "1", "max": "1830"}/>
  <@ui.button label=msg("disclosure.attest.save")/>
</@ui.form>
<p><a href="${base}#item-${item.id}">${msg("disclosure.attest.back")}</a></p>
<h2>${msg("disclosure.history")}</h2>
<#if history?has_content>
<ul>
  <#list history as r><li><@ui.when r.checkedAt/>: ${r.title} — <@d.status r.status r.look/> ${r.summary}</li></#list>
</ul>
<#else>
<p class="empty">${msg("disclosure.history.empty")}</p>
</#if>
