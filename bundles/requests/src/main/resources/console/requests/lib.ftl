<#-- Shared bits of the requests console pages. -->
<#import "/hromada-console/ui.ftl" as ui>

<#-- The error message of a field, or "" (errors hold message keys). -->
<#function err errors name><#return (errors[name]??)?then(msg(errors[name]), "")></#function>

<#-- The errors of a form for the summary: field -> text, without the form-wide one. -->
<#function shown errors><#local out = {}><#list errors as f, k><#if f != "form"><#local out = out + {f: msg(k)}></#if></#list><#return out></#function>

<#-- Options for a select from keys, labelled by messages prefix + key. -->
<#function options keys prefix><#return keys?map(k -> {"value": k, "label": msg(prefix + k)})></#function>

<#-- The console's badge colours for the statuses and the deadline labels (the console styles these names). -->
<#assign statusLooks = {"registered": "pending", "in_progress": "scheduled", "answered": "ok", "refused": "rejected", "deferred": "review", "forwarded": "inactive", "awaiting_payment": "pending"}>
<#assign dueLooks = {"overdue": "overdue", "today": "error", "soon": "pending", "running": "scheduled", "met": "ok", "late": "overdue", "none": "inactive"}>

<#macro status key><@ui.badge status=statusLooks[key]!key label=msg("requests.status." + key)/></#macro>

<#-- The deadline: its label and, when there is one, the date. -->
<#macro due key dueOn=""><@ui.badge status=dueLooks[key]!key label=msg("requests.due." + key)/><#if dueOn?has_content> <span class="hint">${msg("requests.due.on", dueOn)}</span></#if></#macro>

<#-- The problem notice (a text already in the console's language) and the error summary above a form. -->
<#macro problems problem errors>
<#if problem?has_content><div class="notice notice-error" role="alert">${problem}</div></#if>
<@ui.errors errors=shown(errors)/>
<#if errors.form??><div class="notice notice-error" role="alert">${msg(errors.form)}</div></#if>
</#macro>
