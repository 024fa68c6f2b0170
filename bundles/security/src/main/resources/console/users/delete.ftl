<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("users.delete.title")}</h1>
<#if self>
<p role="alert">${msg("users.error.ownDelete")}</p>
<p><@ui.linkButton href=console.sectionBase + "/" + user.username label=msg("users.back")/></p>
<#else>
<p>${msg("users.delete.confirm", user.username, user.displayName)}</p>
<@ui.form action=console.sectionBase + "/" + user.username + "/delete">
  <@ui.button label=msg("users.delete.yes") kind="danger"/>
  <@ui.linkButton href=console.sectionBase + "/" + user.username label=msg("users.delete.no")/>
</@ui.form>
</#if>
