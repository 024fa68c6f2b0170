<#import "/layout.ftl" as layout>
<@layout.page title=msg("example.title")>
  <h1>${msg("example.title")}</h1>
  <p>${msg("example.count", total)}</p>
  <#if notes?has_content>
    <ul class="example-notes">
      <#list notes as note>
        <li><a href="${home}examples/${note.id?c}">${note.title}</a></li>
      </#list>
    </ul>
  <#else>
    <p>${msg("example.empty")}</p>
  </#if>
</@layout.page>
