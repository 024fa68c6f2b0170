<#import "/hromada-console/ui.ftl" as ui>
<div class="narrow">
<h1>${msg("console.signIn.title")}</h1>
<#if error?has_content><div class="error-summary" role="alert" tabindex="-1" id="error-summary"><p>${error}</p></div></#if>
<@ui.form action="/console/sign-in">
  <input type="hidden" name="next" value="${next}">
  <@ui.field name="username" label=msg("console.signIn.username") value=username required=true autocomplete="username" attrs={"autocapitalize": "none", "spellcheck": "false"}/>
  <@ui.field name="password" type="password" label=msg("console.signIn.password") required=true autocomplete="current-password"/>
  <@ui.button label=msg("console.signIn.submit")/>
</@ui.form>
<p class="hint">${msg("console.signIn.help")}</p>
</div>
