<#import "/hromada-console/ui.ftl" as ui>
<p><a href="${console.sectionBase}">${msg("media.title")}</a></p>
<h1>${msg("media.upload.title")}</h1>
<@ui.errors errors=errors/>
<@ui.form action="${console.sectionBase}/upload" multipart=true>
  <#if errors?has_content><p class="hint">${msg("media.upload.reselect")}</p></#if>
  <@ui.field name="file" type="file" label=msg("media.field.file") hint=msg("media.field.file.hint", maxMb) error=(errors.file)!"" required=true/>
  <@ui.field name="alt" label=msg("media.field.alt") hint=msg("media.field.alt.hint") value=alt error=(errors.alt)!"" attrs={"maxlength": "500"}/>
  <@ui.field name="title" label=msg("media.field.title") hint=msg("media.field.title.hint") value=title error=(errors.title)!"" attrs={"maxlength": "300"}/>
  <@ui.button label=msg("media.upload.submit")/>
</@ui.form>
