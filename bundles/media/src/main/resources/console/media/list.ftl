<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("media.title")}</h1>
<p><@ui.linkButton href="${console.sectionBase}/upload" label=msg("media.upload.action") kind="primary"/></p>
<form class="filters" action="${console.sectionBase}" method="get" role="search">
  <@ui.select name="kind" label=msg("media.filter.kind") options=kinds value=kind/>
  <@ui.field name="q" type="search" label=msg("media.filter.q") value=q/>
  <@ui.button label=msg("media.filter.submit") kind="secondary"/>
  <#if kind?has_content || q?has_content><a href="${console.sectionBase}">${msg("media.filter.reset")}</a></#if>
</form>
<p>${msg("media.count", total)}</p>
<#if items?has_content>
<table class="media">
  <thead><tr>
    <th scope="col">${msg("media.col.preview")}</th>
    <th scope="col">${msg("media.col.file")}</th>
    <th scope="col">${msg("media.col.alt")}</th>
    <th scope="col">${msg("media.col.type")}</th>
    <th scope="col">${msg("media.col.size")}</th>
    <th scope="col">${msg("media.col.uploaded")}</th>
    <th scope="col">${msg("media.col.actions")}</th>
  </tr></thead>
  <tbody>
  <#list items as f>
    <tr>
      <td><#if f.thumb?has_content><img src="${f.thumb}" alt="${f.alt}" width="96" loading="lazy"><#else><span class="doc-icon" aria-hidden="true">📄</span></#if></td>
      <td><a href="${f.url}">${f.filename}</a><#if f.title?has_content><br><small>${f.title}</small></#if></td>
      <td><#if f.alt?has_content>${f.alt}<#else><em>${msg("media.noAlt")}</em></#if></td>
      <td>${f.kindText}<br><small>${f.mediaType}</small></td>
      <td>${f.size}<#if f.dimensions?has_content><br><small>${f.dimensions}</small></#if></td>
      <td>${f.uploadedBy}<br><small><@ui.when instant=f.createdAt/></small></td>
      <td><#if f.mayChange><a href="${console.sectionBase}/${f.id?c}">${msg("media.action.edit")}</a>
        · <a href="${console.sectionBase}/${f.id?c}/delete">${msg("media.action.delete")}</a></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<@ui.pagination page=page size=size total=total base=console.sectionBase query=query/>
<#else>
<p>${msg("media.empty")}</p>
</#if>
