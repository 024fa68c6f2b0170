<#import "/hromada-console/ui.ftl" as ui>
<p><a href="${console.sectionBase}">${msg("bundles.detail.back")}</a></p>
<h1>${msg("bundles.install.title")}</h1>
<#if deployOn>
<@ui.errors errors=errors/>
<@ui.form action="${console.sectionBase}/install" multipart=true>
  <@ui.field name="file" type="file" label=msg("bundles.field.file") hint=msg("bundles.install.hint", maxMb) error=(errors.file)!"" required=true attrs={"accept": ".jar,application/java-archive"}/>
  <@ui.button label=msg("bundles.install.submit")/>
</@ui.form>
<#else>
<p class="notice">${msg("bundles.deployOff")}</p>
</#if>
