<#-- Shown with status 404 for every path no route answers. "path" is what the visitor typed: escaped like everything else. -->
<#import "/layout.ftl" as layout>
<@layout.page title=msg("notfound.title")>
    <h1>${msg("notfound.title")}</h1>
    <p>${msg("notfound.text")}</p>
    <p>${msg("notfound.path")} <code class="requested-path">${path}</code></p>
    <p><a href="${home}">${msg("notfound.home")}</a></p>
</@layout.page>
