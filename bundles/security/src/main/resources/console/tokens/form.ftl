<#import "/hromada-console/ui.ftl" as ui>
<#-- Error message keys from the section, in this console language. -->
<#assign errs = {}><#list (errors!{}) as f, k><#assign errs = errs + {f: msg(k)}></#list>
<h1>${msg("tokens.new.title")}</h1>
<@ui.errors errs/>
<@ui.form action=console.sectionBase + "/new">
  <@ui.field name="name" label=msg("tokens.name") value=form.name hint=msg("tokens.name.hint") error=errs.name!"" required=true autocomplete="off"/>
  <#assign roleOptions = []>
  <#list allRoles as r><#assign roleOptions = roleOptions + [{"value": r, "label": msg("role." + r)}]></#list>
  <@ui.select name="role" label=msg("tokens.role") options=roleOptions value=form.role hint=msg("tokens.role.hint") error=errs.role!"" required=true/>
  <@ui.field name="expiresAt" type="date" label=msg("tokens.expiresAt") value=form.expiresAt hint=msg("tokens.expiresAt.hint") error=errs.expiresAt!"" required=true/>
  <@ui.button label=msg("tokens.create")/>
  <@ui.linkButton href=console.sectionBase label=msg("tokens.back")/>
</@ui.form>
