<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as d>
<p class="meta"><a href="${session.href}#agenda">${msg("sessions.edit.heading", session.bodyName, session.number, session.heldOn)}</a></p>
<h1>${msg(isNew?then("sessions.item.new", "sessions.item.edit"))}</h1>
<@d.problems problem=problem errors=errors/>
<form class="filters" method="get" action="${formAction}" role="search" aria-label="${msg("sessions.find")}">
  <@ui.field name="q" type="search" label=msg("sessions.find") value=q hint=msg("sessions.hint.find")/>
  <@ui.button label=msg("documents.filter.apply") kind="secondary"/>
</form>
<@ui.form action=formAction attrs={"id": "item-form", "novalidate": "novalidate"}>
  <input type="hidden" name="version" value="${form.version}">
  <@ui.textarea name="title" label=msg("sessions.item.title") value=form.title rows=2 error=d.err(errors, "title") required=true/>
  <@ui.field name="position" type="number" label=msg("sessions.item.position") value=form.position error=d.err(errors, "position") hint=msg("sessions.hint.position") attrs={"min": "1"}/>
  <div class="field-row">
    <@ui.select name="draftDocumentId" label=msg("sessions.item.draft") value=form.draftDocumentId error=d.err(errors, "draftDocumentId") options=documents/>
    <@ui.select name="decisionDocumentId" label=msg("sessions.item.decision") value=form.decisionDocumentId error=d.err(errors, "decisionDocumentId") options=documents/>
  </div>
  <div class="field-row">
    <@ui.select name="result" label=msg("sessions.item.result") value=form.result error=d.err(errors, "result") options=d.options(results, "sessions.result.")/>
    <@ui.field name="voteHeldAt" type="datetime-local" label=msg("sessions.item.voteHeldAt") value=form.voteHeldAt error=d.err(errors, "voteHeldAt") hint=msg("documents.hint.kyiv")/>
    <@ui.field name="votesPublishedAt" type="datetime-local" label=msg("sessions.item.votesPublishedAt") value=form.votesPublishedAt error=d.err(errors, "votesPublishedAt") hint=msg("documents.hint.kyiv")/>
  </div>
  <@ui.checkbox name="secretBallot" label=msg("sessions.item.secretBallot") checked=form.secretBallot?has_content/>
  <div class="buttons">
    <@ui.button label=msg(isNew?then("documents.action.create", "documents.action.save"))/>
    <@ui.linkButton href=session.href + "#agenda" label=msg("documents.action.back")/>
  </div>
</@ui.form>
<#if item??>
<p><@ui.linkButton href=item.href + "/votes" label=msg("sessions.votes.enter")/></p>
<@ui.form action=item.href + "/remove">
  <@ui.button label=msg("sessions.item.remove") kind="danger"/>
</@ui.form>
</#if>
