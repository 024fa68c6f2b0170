<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("documents.delete.title")}</h1>
<p>${msg("documents.delete.confirm", document.kind, document.number, document.title)}</p>
<@ui.form action=document.href + "/delete">
  <@ui.button label=msg("documents.action.delete") kind="danger"/>
  <@ui.linkButton href=document.href label=msg("documents.action.cancel")/>
</@ui.form>
