<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("media.delete.title")}</h1>
<#if file.thumb?has_content><p><img src="${file.thumb}" alt="${file.alt}" width="240"></p></#if>
<p>${msg("media.delete.question", file.filename)}</p>
<@ui.form action="${console.sectionBase}/${file.id?c}/delete">
  <@ui.button label=msg("media.delete.confirm") kind="danger"/>
  <@ui.linkButton href="${console.sectionBase}/${file.id?c}" label=msg("media.delete.cancel")/>
</@ui.form>
