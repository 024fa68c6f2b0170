<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("bundles.title")}</h1>
<p>${msg("bundles.intro")}</p>
<#if deployOn>
<p><@ui.linkButton href="${console.sectionBase}/install" label=msg("bundles.install.action") kind="primary"/></p>
<#else>
<p class="notice">${msg("bundles.deployOff")}</p>
</#if>
<table class="bundles">
  <thead><tr>
    <th scope="col">${msg("bundles.col.symbolicName")}</th>
    <th scope="col">${msg("bundles.col.name")}</th>
    <th scope="col">${msg("bundles.col.version")}</th>
    <th scope="col">${msg("bundles.col.state")}</th>
    <th scope="col">${msg("bundles.col.origin")}</th>
    <th scope="col">${msg("bundles.col.reason")}</th>
  </tr></thead>
  <tbody>
  <#list bundles as b>
    <tr<#if !b.working> class="not-working"</#if>>
      <td><a href="${console.sectionBase}/${b.link?url('UTF-8')}">${b.symbolicName?has_content?then(b.symbolicName, b.file)}</a></td>
      <td>${b.name}</td>
      <td>${b.version}</td>
      <td><@ui.badge status=b.state label=b.stateText/></td>
      <td>${b.originText}</td>
      <td><#if b.working>—<#else><ul class="reasons"><#list b.reasons as r><li>${r}</li></#list></ul></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
