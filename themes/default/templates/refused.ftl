<#-- Shown when the site does not take what was sent (a POST): 403 from another site, 405 where no form is,
     413 too large ("files" when files were sent), 415 not a form, 400 an upload that broke off. "status"
     picks the text; nothing of the request is repeated. -->
<#import "/layout.ftl" as layout>
<#assign key = "refused." + status + (files?? && files)?then(".files", "")>
<@layout.page title=msg(key + ".title")>
    <h1>${msg(key + ".title")}</h1>
    <p>${msg(key + ".text")}</p>
    <p><a href="${home}">${msg("notfound.home")}</a></p>
</@layout.page>
