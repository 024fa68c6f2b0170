<#import "/hromada-console/ui.ftl" as ui>
<#-- Error message keys from the section, in this console language. -->
<#assign errs = {}><#list (errors!{}) as f, k><#assign errs = errs + {f: msg(k)}></#list>
<h1><#if creating>${msg("users.new.title")}<#else>${msg("users.edit.heading", form.username)}</#if></h1>
<@ui.errors errs/>
<#assign action = creating?then(console.sectionBase + "/new", console.sectionBase + "/" + form.username)>
<@ui.form action=action>
  <#if creating>
  <@ui.field name="username" label=msg("users.username") value=form.username hint=msg("users.username.hint") error=errs.username!"" required=true autocomplete="off"/>
  </#if>
  <@ui.field name="displayName" label=msg("users.displayName") value=form.displayName hint=creating?then(msg("users.displayName.hint"), "") error=errs.displayName!"" required=!creating/>
  <fieldset id="f-roles" class="field<#if errs.roles??> invalid</#if>">
    <legend>${msg("users.roles")}</legend>
    <#if errs.roles??><p class="field-error" id="e-roles">${errs.roles}</p></#if>
    <#list allRoles as r>
    <@ui.checkbox name="roles" value=r label=msg("role." + r) checked=form.roles?seq_contains(r) hint=msg("role." + r + ".hint")/>
    </#list>
  </fieldset>
  <div id="f-enabled">
  <@ui.checkbox name="enabled" label=msg("users.enabled.label") checked=form.enabled/>
  <#if errs.enabled??><p class="field-error" id="e-enabled">${errs.enabled}</p></#if>
  </div>
  <#if creating>
  <@ui.field name="password" type="password" label=msg("users.password.initial") hint=msg("security.password.hint") error=errs.password!"" required=true autocomplete="new-password"/>
  </#if>
  <@ui.button label=creating?then(msg("users.create"), msg("users.save"))/>
  <@ui.linkButton href=console.sectionBase label=msg("users.back")/>
</@ui.form>

<#if !creating>
<h2>${msg("users.password.reset")}</h2>
<p class="hint">${msg("users.password.reset.hint")}</p>
<@ui.form action=console.sectionBase + "/" + form.username + "/password">
  <@ui.field name="password" type="password" label=msg("users.password.new") hint=msg("security.password.hint") error=errs.password!"" required=true autocomplete="new-password"/>
  <@ui.button label=msg("users.password.resetButton") kind="secondary"/>
</@ui.form>

<#if !(self!false)>
<h2>${msg("users.delete.heading")}</h2>
<p><@ui.linkButton href=console.sectionBase + "/" + form.username + "/delete" label=msg("users.delete") kind="danger"/></p>
</#if>
</#if>
