<#--
  /request-information: the procedure in plain words and the form. Shown again with status 422 and the
  values as typed when something is missing, each error beside its field (a refused file too: the text
  typed stays, only the files must be chosen again). The form posts to this page, multipart for the files.
  With "office" set (where to send requests), its section replaces the general sentence about post and e-mail.
-->
<#import "/layout.ftl" as layout>
<#import "/requests/lib.ftl" as r>
<#assign action = home + "request-information">
<@layout.page title=msg("requests.title") description=msg("requests.description")>
  <h1>${msg("requests.title")}</h1>
  <p>${msg("requests.intro")}</p>
  <h2>${msg("requests.procedure.title")}</h2>
  <ul class="request-procedure">
    <li>${msg("requests.procedure.what")}</li>
    <li>${msg("requests.procedure.term")}</li>
    <li>${msg("requests.procedure.free")}</li>
    <#if !(office?? && office?has_content)><li>${msg("requests.procedure.other")}</li></#if>
    <li>${msg("requests.procedure.appeal")}</li>
  </ul>
  <#if office?? && office?has_content><@r.office office=office/></#if>
  <p><a href="${action}/track">${msg("requests.received.track")}</a> · <a href="${action}/report">${msg("requests.report.link")}</a></p>

  <h2 id="request-form-title">${msg("requests.form.title")}</h2>
  <#if errors?has_content>
  <p class="notice" role="alert">${msg("requests.form.invalid")}</p>
  <#if errors.form??><p class="field-error">${msg(errors.form)}</p></#if>
  </#if>
  <p>${msg("requests.form.required")}</p>
  <form class="request-form" method="post" action="${action}" enctype="multipart/form-data" aria-labelledby="request-form-title" novalidate>
    <@r.input name="name" label=msg("requests.field.name") value=values.name required=true extra='maxlength="300" autocomplete="name"'/>
    <fieldset class="request-form__group">
      <legend>${msg("requests.form.contact")} <span class="request-form__mark">${msg("requests.form.mark")}</span></legend>
      <@r.input name="email" label=msg("requests.field.email") value=values.email type="email" extra='maxlength="254" autocomplete="email"'/>
      <div class="request-form__field">
        <label for="postalAddress">${msg("requests.field.postalAddress")}</label>
        <textarea id="postalAddress" name="postalAddress" rows="2" maxlength="500" autocomplete="street-address"<#if errors.postalAddress??> aria-invalid="true" aria-describedby="postalAddress-error"</#if>>${values.postalAddress}</textarea>
        <@r.error name="postalAddress"/>
      </div>
      <@r.input name="phone" label=msg("requests.field.phone") value=values.phone type="tel" extra='maxlength="40" autocomplete="tel"'/>
    </fieldset>
    <div class="request-form__field">
      <label for="description">${msg("requests.field.description")} <span class="request-form__mark">${msg("requests.form.mark")}</span></label>
      <p class="request-form__hint" id="description-hint">${msg("requests.field.description.hint")}</p>
      <textarea id="description" name="description" rows="8" maxlength="5000" aria-describedby="${r.described('description', 'description-hint')}"<#if errors.description??> aria-invalid="true"</#if>>${values.description}</textarea>
      <@r.error name="description"/>
    </div>
    <fieldset class="request-form__group">
      <legend>${msg("requests.form.urgency")}</legend>
      <div class="request-form__check">
        <input id="urgent" name="urgent" type="checkbox" value="true"<#if values.urgent?has_content> checked</#if>>
        <label for="urgent">${msg("requests.field.urgent")}</label>
      </div>
      <p class="request-form__hint" id="urgency-hint">${msg("requests.field.urgency.hint")}</p>
      <div class="request-form__field">
        <label for="urgencyGround">${msg("requests.field.urgencyGround")}</label>
        <select id="urgencyGround" name="urgencyGround" aria-describedby="${r.described('urgencyGround', 'urgency-hint')}"<#if errors.urgencyGround??> aria-invalid="true"</#if>>
          <option value="">${msg("requests.field.urgencyGround.choose")}</option>
          <#list grounds as g>
          <option value="${g}"<#if values.urgencyGround == g> selected</#if>>${msg("requests.urgency." + g)}</option>
          </#list>
        </select>
        <@r.error name="urgencyGround"/>
      </div>
      <div class="request-form__field">
        <label for="urgencyJustification">${msg("requests.field.urgencyJustification")}</label>
        <textarea id="urgencyJustification" name="urgencyJustification" rows="3" maxlength="2000" aria-describedby="${r.described('urgencyJustification', 'urgency-hint')}"<#if errors.urgencyJustification??> aria-invalid="true"</#if>>${values.urgencyJustification}</textarea>
        <@r.error name="urgencyJustification"/>
      </div>
    </fieldset>
    <div class="request-form__field">
      <label for="files">${msg("requests.field.files")}</label>
      <p class="request-form__hint" id="files-hint">${msg("requests.field.files.hint", fileCount, fileLimit)}</p>
      <input id="files" name="files" type="file" multiple accept="${fileAccept}" aria-describedby="${r.described('files', 'files-hint')}"<#if errors.files??> aria-invalid="true"</#if>>
      <@r.error name="files"/>
    </div>
    <#-- The honeypot: hidden from sight (not display:none, which some bots skip); people using a screen reader hear its label. -->
    <div class="visually-hidden">
      <label for="website">${msg("requests.field.website")}</label>
      <input id="website" name="website" type="text" value="" tabindex="-1" autocomplete="off">
    </div>
    <div class="request-form__actions">
      <button type="submit">${msg("requests.form.submit")}</button>
    </div>
  </form>
</@layout.page>
