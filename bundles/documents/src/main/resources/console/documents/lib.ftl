<#-- Shared bits of the documents and sessions console pages. -->
<#import "/hromada-console/ui.ftl" as ui>

<#-- The error message of a field, or "" (errors hold message keys). -->
<#function err errors name><#return (errors[name]??)?then(msg(errors[name]), "")></#function>

<#-- The errors of a form for the summary: field -> text, without the form-wide one. -->
<#function shown errors><#local out = {}><#list errors as f, k><#if f != "form"><#local out = out + {f: msg(k)}></#if></#list><#return out></#function>

<#-- Options for a select from keys, labelled by messages prefix + key. -->
<#function options keys prefix><#return keys?map(k -> {"value": k, "label": msg(prefix + k)})></#function>

<#macro status key><@ui.badge status=key label=msg("documents.status." + key)/></#macro>

<#-- The console's badge colours for the deadline and text statuses (the console styles these names). -->
<#assign deadlineLooks = {"met": "ok", "late": "overdue", "at_risk": "pending", "pending": "scheduled", "exempt": "inactive", "no_date": "error"}>
<#assign textLooks = {"extracted": "ok", "no_text": "pending", "failed": "failed"}>

<#macro deadline key><@ui.badge status=deadlineLooks[key]!key label=msg("documents.deadline." + key)/></#macro>

<#macro text key><@ui.badge status=textLooks[key]!key label=msg("documents.text." + key)/></#macro>

<#-- The problem notice and the error summary above a form. -->
<#macro problems problem errors>
<#if problem?has_content><div class="notice notice-error" role="alert">${msg(problem)}</div></#if>
<@ui.errors errors=shown(errors)/>
<#if errors.form??><div class="notice notice-error" role="alert">${msg(errors.form)}</div></#if>
</#macro>
