<#import "/hromada-console/ui.ftl" as ui>
<p><a href="${console.sectionBase}">${msg("bundles.detail.back")}</a></p>
<h1>${bundle.symbolicName?has_content?then(bundle.symbolicName, bundle.file)}<#if bundle.version?has_content> ${bundle.version}</#if></h1>
<dl class="facts">
  <#if bundle.name?has_content><dt>${msg("bundles.col.name")}</dt><dd>${bundle.name}</dd></#if>
  <dt>${msg("bundles.col.state")}</dt><dd><@ui.badge status=bundle.state label=bundle.stateText/></dd>
  <dt>${msg("bundles.col.origin")}</dt><dd>${bundle.originText}</dd>
  <#if bundle.file?has_content><dt>${msg("bundles.detail.file")}</dt><dd><code>${bundle.file}</code></dd></#if>
  <#if bundle.id?has_content><dt>${msg("bundles.detail.id")}</dt><dd>${bundle.id}</dd></#if>
</dl>

<#if !bundle.working>
<section class="reasons" aria-labelledby="reasons-h">
  <h2 id="reasons-h">${msg("bundles.detail.reasons")}</h2>
  <ul><#list bundle.reasons as r><li>${r}</li></#list></ul>
</section>
</#if>

<section aria-labelledby="components-h">
  <h2 id="components-h">${msg("bundles.detail.components")}</h2>
  <#if components?has_content>
  <table>
    <thead><tr><th scope="col">${msg("bundles.component.col.name")}</th><th scope="col">${msg("bundles.component.col.state")}</th></tr></thead>
    <tbody>
    <#list components as c>
      <tr<#if !c.working> class="not-working"</#if>><td><code>${c.name}</code></td>
        <td>${c.state}<#if c.reasons?has_content><ul><#list c.reasons as r><li>${r}</li></#list></ul></#if></td></tr>
    </#list>
    </tbody>
  </table>
  <#else><p>${msg("bundles.detail.noComponents")}</p></#if>
</section>

<section aria-labelledby="services-h">
  <h2 id="services-h">${msg("bundles.detail.services")}</h2>
  <#if services?has_content><ul><#list services as s><li><code>${s}</code></li></#list></ul>
  <#else><p>${msg("bundles.detail.noServices")}</p></#if>
</section>

<#if bundle.managed>
<section aria-labelledby="update-h">
  <h2 id="update-h">${msg("bundles.detail.update")}</h2>
  <@ui.errors errors=errors/>
  <#if bundle.symbolicName?has_content>
  <@ui.form action="${console.sectionBase}/${bundle.link?url('UTF-8')}/update" multipart=true>
    <@ui.field name="file" type="file" label=msg("bundles.field.file") hint=msg("bundles.detail.update.hint") error=(errors.file)!"" required=true attrs={"accept": ".jar,application/java-archive"}/>
    <@ui.button label=msg("bundles.detail.update.submit")/>
  </@ui.form>
  </#if>
  <p><@ui.linkButton href="${console.sectionBase}/${bundle.link?url('UTF-8')}/uninstall" label=msg("bundles.detail.uninstall") kind="danger"/></p>
</section>
<#else>
<p class="notice">${msg("bundles.detail.protected")}</p>
</#if>
