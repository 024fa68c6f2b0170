<#-- Status 429: too many requests from the visitor's address; "minutes" is how long to wait. -->
<#import "/layout.ftl" as layout>
<@layout.page title=msg("requests.limited.title")>
  <h1>${msg("requests.limited.title")}</h1>
  <p>${msg("requests.limited.text", minutes)}</p>
  <p><a href="${home}">${msg("notfound.home")}</a></p>
</@layout.page>
