<div class="problem">
<h1>${msg("console.error.heading", status)}</h1>
<p>${message}</p>
<#if ref?has_content><p>${msg("console.error.reference")} <code>${ref}</code></p></#if>
<p><#if console.signedIn><a href="/console/">${msg("console.error.home")}</a><#else><a href="/console/sign-in">${msg("console.signIn.title")}</a></#if></p>
</div>
