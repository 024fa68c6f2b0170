<#import "/hromada-console/ui.ftl" as ui>
<#-- Error message keys from the section, in this console language. -->
<#assign errs = {}><#list (errors!{}) as f, k><#assign errs = errs + {f: msg(k)}></#list>
<h1>${msg("account.title")}</h1>
<dl class="summary">
  <dt>${msg("account.username")}</dt><dd>${username}</dd>
  <dt>${msg("account.displayName")}</dt><dd>${displayName}</dd>
  <dt>${msg("account.roles")}</dt><dd><#list roles as r>${msg("role." + r)}<#sep>, </#sep><#else>—</#list></dd>
</dl>

<h2>${msg("account.password.heading")}</h2>
<p class="hint">${msg("account.password.intro")}</p>
<@ui.errors errs/>
<@ui.form action=console.sectionBase + "/password">
  <@ui.field name="current" type="password" label=msg("account.password.current") error=errs.current!"" required=true autocomplete="current-password"/>
  <@ui.field name="password" type="password" label=msg("account.password.new") hint=msg("security.password.hint") error=errs.password!"" required=true autocomplete="new-password"/>
  <@ui.field name="repeat" type="password" label=msg("account.password.repeat") error=errs.repeat!"" required=true autocomplete="new-password"/>
  <@ui.button label=msg("account.password.submit")/>
</@ui.form>
