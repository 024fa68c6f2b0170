<#import "/hromada-console/ui.ftl" as ui>
<p><a href="${console.sectionBase}">${msg("media.title")}</a></p>
<h1>${msg("media.edit.title")}: ${file.filename}</h1>
<#if file.thumb?has_content><p><img src="${file.thumb}" alt="${file.alt}" width="240"></p></#if>
<dl class="facts">
  <dt>${msg("media.col.type")}</dt><dd>${file.kindText} (${file.mediaType})</dd>
  <dt>${msg("media.col.size")}</dt><dd>${file.size}<#if file.dimensions?has_content>, ${file.dimensions}</#if></dd>
  <dt>${msg("media.col.uploaded")}</dt><dd>${file.uploadedBy}, <@ui.when instant=file.createdAt/></dd>
  <dt>URL</dt><dd><a href="${file.url}">${file.url}</a></dd>
</dl>
<@ui.errors errors=errors/>
<@ui.form action="${console.sectionBase}/${file.id?c}">
  <@ui.field name="alt" label=msg("media.field.alt") hint=msg("media.field.alt.hint") value=alt error=(errors.alt)!"" required=(file.kind == "image") attrs={"maxlength": "500"}/>
  <@ui.field name="title" label=msg("media.field.title") hint=msg("media.field.title.hint") value=title error=(errors.title)!"" attrs={"maxlength": "300"}/>
  <@ui.button label=msg("media.edit.submit")/>
  <@ui.linkButton href=console.sectionBase label=msg("media.edit.cancel")/>
</@ui.form>
<p><a href="${console.sectionBase}/${file.id?c}/delete">${msg("media.action.delete")}</a></p>
