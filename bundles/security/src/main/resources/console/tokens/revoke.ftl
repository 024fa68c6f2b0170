<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("tokens.revoke.title")}</h1>
<p>${msg("tokens.revoke.confirm", token.name)}</p>
<@ui.form action=console.sectionBase + "/" + token.id?c + "/revoke">
  <@ui.button label=msg("tokens.revoke.yes") kind="danger"/>
  <@ui.linkButton href=console.sectionBase label=msg("tokens.revoke.no")/>
</@ui.form>
