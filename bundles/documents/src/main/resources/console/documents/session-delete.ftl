<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("sessions.delete.title")}</h1>
<p>${msg("sessions.delete.confirm", session.bodyName, session.number, session.heldOn)}</p>
<@ui.form action=session.href + "/delete">
  <@ui.button label=msg("documents.action.delete") kind="danger"/>
  <@ui.linkButton href=session.href label=msg("documents.action.cancel")/>
</@ui.form>
