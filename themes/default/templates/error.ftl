<#-- Shown with status 500. Only the incident id, which is also in the log; never details of the failure. -->
<#import "/layout.ftl" as layout>
<@layout.page title=msg("error.title")>
    <h1>${msg("error.title")}</h1>
    <p>${msg("error.text")}</p>
    <p>${msg("error.incident")} <strong class="incident">${incident}</strong></p>
    <p><a href="${home}">${msg("error.home")}</a></p>
</@layout.page>
