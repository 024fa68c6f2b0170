<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as d>
<#if isNew>
<h1>${msg("documents.new.title")}</h1>
<#else>
<h1>${document.kind} № ${document.number}</h1>
<p class="meta"><@d.status document.status/> · ${msg("documents.field.deadline")}: <@d.deadline deadline.status/><#if deadline.dueOn?has_content> ${msg("documents.deadline.due", deadline.dueOn)}</#if><#if url?has_content> · <a href="${url}" target="_blank" rel="noopener">${msg("documents.edit.public")}</a></#if></p>
</#if>
<@d.problems problem=problem errors=errors/>
<@ui.form action=formAction attrs={"id": "document-form", "novalidate": "novalidate"}>
  <#if !isNew><input type="hidden" name="version" value="${form.version}"></#if>
  <div class="field-row">
    <@ui.select name="kind" label=msg("documents.field.kind") value=form.kind error=d.err(errors, "kind") required=true
        options=[{"value": "", "label": "—"}] + kinds/>
    <@ui.field name="number" label=msg("documents.field.number") value=form.number error=d.err(errors, "number") required=true hint=msg("documents.hint.number")/>
    <@ui.field name="adoptedOn" type="date" label=msg("documents.field.adoptedOn") value=form.adoptedOn error=d.err(errors, "adoptedOn") required=true/>
  </div>
  <@ui.field name="title" label=msg("documents.field.title") value=form.title error=d.err(errors, "title") required=true/>
  <@ui.textarea name="summary" label=msg("documents.field.summary") value=form.summary rows=3 error=d.err(errors, "summary")/>
  <@ui.textarea name="text" label=msg("documents.field.text") value=form.text rows=12 error=d.err(errors, "text")/>
  <div class="field-row">
    <@ui.field name="issuingBody" label=msg("documents.field.issuingBody") value=form.issuingBody error=d.err(errors, "issuingBody")/>
    <@ui.field name="department" label=msg("documents.field.department") value=form.department error=d.err(errors, "department")/>
  </div>
  <div class="field-row">
    <@ui.field name="convocation" type="number" label=msg("documents.field.convocation") value=form.convocation error=d.err(errors, "convocation") attrs={"min": "1"}/>
    <@ui.field name="sessionNumber" type="number" label=msg("documents.field.sessionNumber") value=form.sessionNumber error=d.err(errors, "sessionNumber") attrs={"min": "1"}/>
  </div>
  <div class="field-row">
    <@ui.select name="status" label=msg("documents.field.status") value=form.status error=d.err(errors, "status")
        options=d.options(statuses, "documents.status.")/>
    <@ui.field name="inForceFrom" type="date" label=msg("documents.field.inForceFrom") value=form.inForceFrom error=d.err(errors, "inForceFrom")/>
    <@ui.field name="publishedAt" type="datetime-local" label=msg("documents.field.publishedAt") value=form.publishedAt error=d.err(errors, "publishedAt") hint=msg("documents.hint.publishedAt")/>
  </div>
  <@ui.checkbox name="normative" label=msg("documents.field.normative") checked=form.normative?has_content/>
  <@ui.checkbox name="regulatory" label=msg("documents.field.regulatory") checked=form.regulatory?has_content/>
  <fieldset>
    <legend>${msg("documents.edit.draft")}</legend>
    <@ui.field name="considerationOn" type="date" label=msg("documents.field.considerationOn") value=form.considerationOn error=d.err(errors, "considerationOn") hint=msg("documents.hint.considerationOn")/>
    <@ui.select name="leadTime" label=msg("documents.field.leadTime") value=form.leadTime error=d.err(errors, "leadTime")
        options=d.options(leadTimes, "documents.leadTime.")/>
    <@ui.textarea name="leadTimeReason" label=msg("documents.field.leadTimeReason") value=form.leadTimeReason rows=2 error=d.err(errors, "leadTimeReason") hint=msg("documents.hint.leadTimeReason")/>
  </fieldset>
  <fieldset>
    <legend>${msg("documents.edit.accounting")}</legend>
    <p class="hint">${msg("documents.hint.accounting")}</p>
    <div class="field-row">
      <@ui.field name="receivedOn" type="date" label=msg("documents.field.receivedOn") value=form.receivedOn error=d.err(errors, "receivedOn") hint=msg("documents.hint.receivedOn")/>
      <@ui.field name="source" label=msg("documents.field.source") value=form.source error=d.err(errors, "source") hint=msg("documents.hint.source")/>
    </div>
    <div class="field-row">
      <@ui.field name="field" label=msg("documents.field.field") value=form.field error=d.err(errors, "field") hint=msg("documents.hint.field")/>
      <@ui.select name="medium" label=msg("documents.field.medium") value=form.medium error=d.err(errors, "medium")
          options=d.options(media, "documents.medium.")/>
    </div>
    <@ui.field name="keywords" label=msg("documents.field.keywords") value=form.keywords error=d.err(errors, "keywords") hint=msg("documents.hint.keywords")/>
    <@ui.field name="storage" label=msg("documents.field.storage") value=form.storage error=d.err(errors, "storage") hint=msg("documents.hint.storage")/>
    <@ui.textarea name="restrictionBasis" label=msg("documents.field.restrictionBasis") value=form.restrictionBasis rows=2 error=d.err(errors, "restrictionBasis") hint=msg("documents.hint.restrictionBasis")/>
    <@ui.field name="restrictedUntil" type="date" label=msg("documents.field.restrictedUntil") value=form.restrictedUntil error=d.err(errors, "restrictedUntil")/>
  </fieldset>
  <div class="buttons">
    <@ui.button label=msg(isNew?then("documents.action.create", "documents.action.save"))/>
    <@ui.linkButton href=base label=msg("documents.action.back")/>
  </div>
</@ui.form>
<#if !isNew>
<section id="links" aria-labelledby="links-h">
  <h2 id="links-h">${msg("documents.links.title")}</h2>
  <#if linkError??><div class="notice notice-error" role="alert">${msg(linkError)}</div></#if>
  <#if links?has_content>
  <ul>
  <#list links as l>
    <li>${msg("documents.link." + l.type)}: <a href="${l.href}">${l.label}</a>
      <@ui.form action=l.remove attrs={"class": "inline-form"}><@ui.button label=msg("documents.action.remove") kind="secondary"/></@ui.form></li>
  </#list>
  </ul>
  <#else>
  <p class="empty">${msg("documents.links.empty")}</p>
  </#if>
  <form class="filters" method="get" action="${formAction}#links" role="search" aria-label="${msg("documents.links.find")}">
    <@ui.field name="linkQ" type="search" label=msg("documents.links.find") value=linkQ/>
    <@ui.button label=msg("documents.filter.apply") kind="secondary"/>
  </form>
  <@ui.form action=formAction + "/links" attrs={"class": "inline-form"}>
    <@ui.select name="type" label=msg("documents.links.type") options=d.options(linkTypes, "documents.link.")/>
    <@ui.select name="target" label=msg("documents.links.target") options=targets/>
    <@ui.button label=msg("documents.links.add") kind="secondary"/>
  </@ui.form>
</section>
<section id="attachments" aria-labelledby="attachments-h">
  <h2 id="attachments-h">${msg("documents.attachments.title")}</h2>
  <#if uploadError??><div class="notice notice-error" role="alert">${msg(uploadError)}</div></#if>
  <#if attachments?has_content>
  <@ui.tableScroll label=msg("documents.attachments.title")>
  <table class="table">
    <thead><tr>
      <th scope="col">${msg("documents.attachments.file")}</th>
      <th scope="col">${msg("documents.attachments.fileTitle")}</th>
      <th scope="col">${msg("documents.attachments.text")}</th>
      <th scope="col"><span class="visually-hidden">${msg("documents.action.remove")}</span></th>
    </tr></thead>
    <tbody>
    <#list attachments as a>
      <tr>
        <td><#if a.url?has_content><a href="${a.url}" target="_blank" rel="noopener">${a.filename}</a><#else>${a.filename}</#if> <span class="hint">${msg("documents.attachments.size", (a.size / 1024)?ceiling)}</span></td>
        <td>${a.title}</td>
        <td><@d.text a.textStatus/><#if a.textLength gt 0> <span class="hint">${msg("documents.attachments.chars", a.textLength)}</span></#if>
          <#if a.textPreview?has_content><details><summary>${msg("documents.attachments.preview")}</summary><p>${a.textPreview}</p></details></#if></td>
        <td><@ui.form action=a.remove attrs={"class": "inline-form"}><@ui.button label=msg("documents.action.remove") kind="secondary"/></@ui.form></td>
      </tr>
    </#list>
    </tbody>
  </table>
  </@ui.tableScroll>
  <#else>
  <p class="empty">${msg("documents.attachments.empty")}</p>
  </#if>
  <@ui.form action=formAction + "/attachments" multipart=true>
    <div class="field">
      <label for="f-file">${msg("documents.attachments.file")}</label>
      <p class="hint" id="h-file">${msg("documents.hint.file")}</p>
      <input id="f-file" name="file" type="file" accept=".pdf,.docx,.odt,.jpg,.jpeg,.png" aria-describedby="h-file" required>
    </div>
    <div class="field">
      <label for="f-upload-title">${msg("documents.attachments.fileTitle")}</label>
      <p class="hint" id="h-upload-title">${msg("documents.hint.fileTitle")}</p>
      <input id="f-upload-title" name="title" type="text" value="${uploadTitle}" aria-describedby="h-upload-title">
    </div>
    <@ui.button label=msg("documents.attachments.upload") kind="secondary"/>
  </@ui.form>
</section>
<p><a class="button danger" href="${formAction}/delete">${msg("documents.action.delete")}</a></p>
</#if>
