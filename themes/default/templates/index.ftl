<#-- The home page (route "/" of the site bundle until a content bundle publishes its own). -->
<#import "/layout.ftl" as layout>
<@layout.page title=siteName description=msg("home.description")>
    <h1>${siteName}</h1>
    <p class="lead">${msg("home.welcome")}</p>
    <p>${msg("home.text")}</p>
</@layout.page>
