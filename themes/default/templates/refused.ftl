<#-- Shown when the site does not take what was sent (a POST): 403 from another site, 405 where no form is,
     413 too large, 415 not a form. "status" picks the text; nothing of the request is repeated. -->
<#import "/layout.ftl" as layout>
<@layout.page title=msg("refused." + status + ".title")>
    <h1>${msg("refused." + status + ".title")}</h1>
    <p>${msg("refused." + status + ".text")}</p>
    <p><a href="${home}">${msg("notfound.home")}</a></p>
</@layout.page>
