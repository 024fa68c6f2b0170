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

<#--
  Where to send a request (Article 19 part 6): the office the council set in the console, in the page's
  language. office: unit, address, email, phone and tel, hours, official; only those set.
-->
<#macro office office id="request-office">
  <section class="request-office" aria-labelledby="${id}-title">
    <h2 id="${id}-title">${msg("requests.office.title")}</h2>
    <p>${msg("requests.office.intro")}</p>
    <dl class="request-receipt">
      <#if office.unit??><dt>${msg("requests.office.unit")}</dt><dd>${office.unit}</dd></#if>
      <#if office.address??><dt>${msg("requests.office.address")}</dt><dd class="request-office__address">${office.address}</dd></#if>
      <#if office.email??><dt>${msg("requests.office.email")}</dt><dd><a href="mailto:${office.email}">${office.email}</a></dd></#if>
      <#if office.phone??><dt>${msg("requests.office.phone")}</dt><dd><a href="tel:${office.tel}">${office.phone}</a></dd></#if>
      <#if office.hours??><dt>${msg("requests.office.hours")}</dt><dd>${office.hours}</dd></#if>
      <#if office.official??><dt>${msg("requests.office.official")}</dt><dd>${office.official}</dd></#if>
    </dl>
  </section>
</#macro>
