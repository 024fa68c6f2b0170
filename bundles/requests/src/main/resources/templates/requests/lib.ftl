<#--
  The fields of the requests bundle's public forms. Each error stands right after its field, and the
  field points at it (aria-describedby), so a screen reader reads the error with the field.
-->
<#macro error name>
  <#if errors[name]??><p class="field-error" id="${name}-error">${msg(errors[name])}</p></#if>
</#macro>

<#-- aria-describedby: the error (when any), then the hint (when given). -->
<#function described name hint="">
  <#local ids = []>
  <#if errors[name]??><#local ids = ids + [name + "-error"]></#if>
  <#if hint?has_content><#local ids = ids + [hint]></#if>
  <#return ids?join(" ")>
</#function>

<#macro input name label value type="text" required=false extra="" hint="">
  <div class="request-form__field">
    <label for="${name}">${label}<#if required> <span class="request-form__mark">${msg("requests.form.mark")}</span></#if></label>
    <#local by = described(name, hint)>
    <input id="${name}" name="${name}" type="${type}" value="${value}"<#if errors[name]??> aria-invalid="true"</#if><#if by?has_content> aria-describedby="${by}"</#if> ${extra?no_esc}>
    <@error name=name/>
  </div>
</#macro>
