<#import "/hromada-console/ui.ftl" as ui>
<p>${msg("content.delete.confirm", item.title)}</p>
<@ui.form action=item.href + "/delete">
  <@ui.button label=msg("content.action.delete") kind="danger"/>
  <@ui.linkButton href=item.href label=msg("content.action.cancel")/>
</@ui.form>
