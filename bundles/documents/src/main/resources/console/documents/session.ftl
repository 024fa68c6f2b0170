<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as d>
<#if isNew>
<h1>${msg("sessions.new.title")}</h1>
<#else>
<h1>${msg("sessions.edit.heading", session.bodyName, session.number, session.heldOn)}</h1>
<#if session.url?has_content && session.published><p class="meta"><a href="${session.url}" target="_blank" rel="noopener">${msg("documents.edit.public")}</a></p></#if>
</#if>
<@d.problems problem=problem errors=errors/>
<form class="filters" method="get" action="${formAction}" role="search" aria-label="${msg("sessions.find")}">
  <@ui.field name="q" type="search" label=msg("sessions.find") value=q hint=msg("sessions.hint.find")/>
  <@ui.button label=msg("documents.filter.apply") kind="secondary"/>
</form>
<@ui.form action=formAction attrs={"id": "session-form", "novalidate": "novalidate"}>
  <#if !isNew><input type="hidden" name="version" value="${form.version}"></#if>
  <div class="field-row">
    <@ui.select name="bodyKind" label=msg("sessions.field.bodyKind") value=form.bodyKind error=d.err(errors, "bodyKind") required=true
        options=d.options(bodyKinds, "sessions.bodyKind.")/>
    <@ui.field name="bodyName" label=msg("sessions.field.bodyName") value=form.bodyName error=d.err(errors, "bodyName") required=true/>
  </div>
  <div class="field-row">
    <@ui.field name="convocation" type="number" label=msg("sessions.field.convocation") value=form.convocation error=d.err(errors, "convocation") attrs={"min": "1"}/>
    <@ui.field name="number" type="number" label=msg("sessions.field.number") value=form.number error=d.err(errors, "number") required=true attrs={"min": "1"}/>
    <@ui.select name="status" label=msg("sessions.field.status") value=form.status error=d.err(errors, "status")
        options=d.options(statuses, "sessions.status.")/>
  </div>
  <@ui.field name="title" label=msg("sessions.field.title") value=form.title error=d.err(errors, "title")/>
  <div class="field-row">
    <@ui.field name="heldOn" type="date" label=msg("sessions.field.heldOn") value=form.heldOn error=d.err(errors, "heldOn") required=true/>
    <@ui.field name="startsAt" type="time" label=msg("sessions.field.startsAt") value=form.startsAt error=d.err(errors, "startsAt")/>
    <@ui.field name="place" label=msg("sessions.field.place") value=form.place error=d.err(errors, "place")/>
  </div>
  <div class="field-row">
    <@ui.field name="noticePublishedAt" type="datetime-local" label=msg("sessions.field.noticePublishedAt") value=form.noticePublishedAt error=d.err(errors, "noticePublishedAt") hint=msg("documents.hint.kyiv")/>
    <@ui.field name="publishedAt" type="datetime-local" label=msg("sessions.field.publishedAt") value=form.publishedAt error=d.err(errors, "publishedAt") hint=msg("documents.hint.kyiv")/>
  </div>
  <div class="field-row">
    <@ui.field name="videoUrl" type="url" label=msg("sessions.field.videoUrl") value=form.videoUrl error=d.err(errors, "videoUrl")/>
    <@ui.field name="videoPublishedAt" type="datetime-local" label=msg("sessions.field.videoPublishedAt") value=form.videoPublishedAt error=d.err(errors, "videoPublishedAt") hint=msg("documents.hint.kyiv")/>
  </div>
  <@ui.select name="protocolDocumentId" label=msg("sessions.field.protocol") value=form.protocolDocumentId error=d.err(errors, "protocolDocumentId") options=protocols/>
  <div class="buttons">
    <@ui.button label=msg(isNew?then("documents.action.create", "documents.action.save"))/>
    <@ui.linkButton href=base label=msg("documents.action.back")/>
  </div>
</@ui.form>
<#if !isNew>
<section id="agenda" aria-labelledby="agenda-h">
  <h2 id="agenda-h">${msg("sessions.agenda.title")}</h2>
  <#if items?has_content>
  <@ui.tableScroll label=msg("sessions.agenda.title")>
  <table class="table">
    <thead><tr>
      <th scope="col">${msg("sessions.item.position")}</th>
      <th scope="col">${msg("sessions.item.title")}</th>
      <th scope="col">${msg("sessions.item.result")}</th>
      <th scope="col">${msg("sessions.votes.totals")}</th>
      <th scope="col">${msg("sessions.votes.title")}</th>
    </tr></thead>
    <tbody>
    <#list items as i>
      <tr>
        <td>${i.position}</td>
        <td><a href="${i.href}">${i.title}</a><#if i.draft?has_content> <span class="hint">${i.draft}</span></#if><#if i.decision?has_content> <span class="hint">→ ${i.decision}</span></#if></td>
        <td>${msg("sessions.result." + i.result)}</td>
        <td><#if i.secretBallot>${msg("sessions.item.secretBallot")}<#else><#list i.totals as choice, n>${msg("sessions.choice." + choice)}: ${n}<#sep>, </#list></#if></td>
        <td><#if !i.secretBallot><a href="${i.href}/votes">${msg("sessions.votes.enter")}</a></#if></td>
      </tr>
    </#list>
    </tbody>
  </table>
  </@ui.tableScroll>
  <#else>
  <p class="empty">${msg("sessions.agenda.empty")}</p>
  </#if>
  <p><@ui.linkButton href=formAction + "/items/new" label=msg("sessions.item.new") kind="secondary"/></p>
</section>
<p><a class="button danger" href="${formAction}/delete">${msg("documents.action.delete")}</a></p>
</#if>
