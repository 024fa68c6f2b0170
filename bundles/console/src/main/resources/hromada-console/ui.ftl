<#--
  The console's form and layout macros for section templates:
  <#import "/hromada-console/ui.ftl" as ui>
  Every field has a visible label tied to it, its hint and error are announced with
  aria-describedby, and an invalid field is marked aria-invalid.
-->

<#-- The hidden CSRF field every POST form needs (ui.form writes it for you). -->
<#macro csrf><input type="hidden" name="_csrf" value="${console.csrfToken}"></#macro>

<#-- A POST form with its CSRF field. Extra attributes (hx-*, id, class) go in attrs. -->
<#macro form action method="post" multipart=false attrs={}>
<form action="${action}" method="${method}"<#if multipart> enctype="multipart/form-data"</#if><#list attrs as k, v> ${k}="${v}"</#list>>
<#if method?lower_case == "post"><@csrf/></#if>
<#nested>
</form>
</#macro>

<#-- The summary of a form's errors, linking to each field: errors is a hash field -> message. -->
<#macro errors errors={}>
<#if errors?has_content>
<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>${msg("console.form.errors")}</h2>
  <ul><#list errors as field, message><li><a href="#f-${field}">${message}</a></li></#list></ul>
</div>
</#if>
</#macro>

<#-- One line on purpose: the leading spaces separate these attributes from the ones before. -->
<#macro _describe name hint error><#local ids = []><#if hint?has_content><#local ids = ids + ["h-" + name]></#if><#if error?has_content><#local ids = ids + ["e-" + name]></#if><#if ids?has_content> aria-describedby="${ids?join(" ")}"</#if><#if error?has_content> aria-invalid="true"</#if></#macro>

<#macro _help name hint error>
<#if hint?has_content><p class="hint" id="h-${name}">${hint}</p></#if>
<#if error?has_content><p class="field-error" id="e-${name}">${error}</p></#if>
</#macro>

<#-- A text-like input: type text, email, password, date, datetime-local, number, search, url. -->
<#macro field name label value="" type="text" error="" hint="" required=false autocomplete="" attrs={}>
<div class="field<#if error?has_content> invalid</#if>">
  <label for="f-${name}">${label}<#if required> <span class="req" aria-hidden="true">*</span></#if></label>
  <@_help name hint error/>
  <input id="f-${name}" name="${name}" type="${type}" value="${value}"<#if required> required</#if><#if autocomplete?has_content> autocomplete="${autocomplete}"</#if><@_describe name hint error/><#list attrs as k, v> ${k}="${v}"</#list>>
</div>
</#macro>

<#macro textarea name label value="" error="" hint="" rows=6 required=false attrs={}>
<div class="field<#if error?has_content> invalid</#if>">
  <label for="f-${name}">${label}<#if required> <span class="req" aria-hidden="true">*</span></#if></label>
  <@_help name hint error/>
  <textarea id="f-${name}" name="${name}" rows="${rows}"<#if required> required</#if><@_describe name hint error/><#list attrs as k, v> ${k}="${v}"</#list>>${value}</textarea>
</div>
</#macro>

<#-- options: a sequence of hashes {"value": ..., "label": ...}. -->
<#macro select name label options value="" error="" hint="" required=false attrs={}>
<div class="field<#if error?has_content> invalid</#if>">
  <label for="f-${name}">${label}<#if required> <span class="req" aria-hidden="true">*</span></#if></label>
  <@_help name hint error/>
  <select id="f-${name}" name="${name}"<#if required> required</#if><@_describe name hint error/><#list attrs as k, v> ${k}="${v}"</#list>>
  <#list options as o><option value="${o.value}"<#if o.value == value> selected</#if>>${o.label}</option></#list>
  </select>
</div>
</#macro>

<#macro checkbox name label checked=false value="true" hint="">
<div class="field checkbox">
  <input id="f-${name}-${value}" name="${name}" type="checkbox" value="${value}"<#if checked> checked</#if><#if hint?has_content> aria-describedby="h-${name}-${value}"</#if>>
  <label for="f-${name}-${value}">${label}</label>
  <#if hint?has_content><p class="hint" id="h-${name}-${value}">${hint}</p></#if>
</div>
</#macro>

<#-- kind: primary, secondary or danger. name/value let one form carry several actions. -->
<#macro button label kind="primary" name="" value="" attrs={}>
<button type="submit" class="button ${kind}"<#if name?has_content> name="${name}" value="${value}"</#if><#list attrs as k, v> ${k}="${v}"</#list>>${label}</button>
</#macro>

<#-- A link that looks like a button. -->
<#macro linkButton href label kind="secondary">
<a class="button ${kind}" href="${href}">${label}</a>
</#macro>

<#-- Previous/next and page numbers; query is the rest of the query string without page (already encoded). -->
<#macro pagination page size total base query="">
<#local pages = ((total + size - 1) / size)?floor>
<#if pages gt 1>
<nav class="pagination" aria-label="${msg("console.pagination")}">
  <#local sep = query?has_content?then("&" + query, "")>
  <#if page gt 1><a href="${base}?page=${page - 1}${sep}" rel="prev">${msg("console.pagination.prev")}</a></#if>
  <span>${msg("console.pagination.of", page, pages)}</span>
  <#if page lt pages><a href="${base}?page=${page + 1}${sep}" rel="next">${msg("console.pagination.next")}</a></#if>
</nav>
</#if>
</#macro>

<#-- A status badge: the text comes from the caller, the class from the status name. -->
<#macro badge status label><span class="badge badge-${status}">${label}</span></#macro>

<#-- A date and time in the console's style, from a java.time.Instant or null. -->
<#macro when instant><#if instant??><time datetime="${instant?string}">${consoleTime(instant)}</time><#else>—</#if></#macro>

<#-- A wide table that scrolls within itself on narrow screens; label names the region for screen readers. -->
<#macro tableScroll label>
<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">
<#nested>
</div>
</#macro>
