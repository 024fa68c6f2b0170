<#import "/hromada-console/ui.ftl" as ui>
<p>${msg("content.restore.confirm", number, item.title)}</p>
<@ui.form action=item.href + "/revisions/" + number + "/restore">
  <@ui.button label=msg("content.revisions.restore")/>
  <@ui.linkButton href=item.href + "/revisions/" + number + "?against=current" label=msg("content.action.cancel")/>
</@ui.form>
