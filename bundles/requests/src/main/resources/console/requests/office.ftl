<#-- /console/requests/office: where to send requests, as the public pages show it. -->
<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as q>
<h1>${msg("requests.office.title")}</h1>
<p class="hint">${msg("requests.office.hint")}</p>
<#if !set><div class="notice" role="note">${msg("requests.office.unset")}</div></#if>
<#if updatedAt??><p class="hint">${msg("requests.office.updated", consoleTime(updatedAt), updatedBy)}</p></#if>
<@q.problems problem=problem errors=errors/>
<@ui.form action=formAction attrs={"id": "office-form", "novalidate": "novalidate"}>
  <fieldset>
    <legend>${msg("requests.office.contacts")}</legend>
    <@ui.textarea name="postalAddress" label=msg("requests.office.field.postalAddress") value=form.postalAddress rows=2 error=q.err(errors, "postalAddress") required=true attrs={"maxlength": "500"}/>
    <div class="field-row">
      <@ui.field name="email" type="email" label=msg("requests.office.field.email") value=form.email error=q.err(errors, "email") required=true autocomplete="off" attrs={"maxlength": "254"}/>
      <@ui.field name="phone" type="tel" label=msg("requests.office.field.phone") value=form.phone error=q.err(errors, "phone") attrs={"maxlength": "40"}/>
    </div>
  </fieldset>
  <fieldset>
    <legend>${msg("requests.office.reception")}</legend>
    <@ui.textarea name="hours" label=msg("requests.office.field.hours") value=form.hours rows=2 error=q.err(errors, "hours") hint=msg("requests.office.hint.hours") attrs={"maxlength": "500"}/>
  </fieldset>
  <fieldset>
    <legend>${msg("requests.office.unit")}</legend>
    <@ui.field name="unitName" label=msg("requests.office.field.unitName") value=form.unitName error=q.err(errors, "unitName") attrs={"maxlength": "300"}/>
    <div class="field-row">
      <@ui.field name="officialName" label=msg("requests.office.field.officialName") value=form.officialName error=q.err(errors, "officialName") hint=msg("requests.office.hint.official") attrs={"maxlength": "300"}/>
      <@ui.field name="officialPosition" label=msg("requests.office.field.officialPosition") value=form.officialPosition error=q.err(errors, "officialPosition") attrs={"maxlength": "300"}/>
    </div>
  </fieldset>
  <fieldset>
    <legend>${msg("requests.office.english")}</legend>
    <@ui.textarea name="postalAddressEn" label=msg("requests.office.field.postalAddressEn") value=form.postalAddressEn rows=2 error=q.err(errors, "postalAddressEn") attrs={"maxlength": "500", "lang": "en"}/>
    <@ui.textarea name="hoursEn" label=msg("requests.office.field.hoursEn") value=form.hoursEn rows=2 error=q.err(errors, "hoursEn") attrs={"maxlength": "500", "lang": "en"}/>
    <@ui.field name="unitNameEn" label=msg("requests.office.field.unitNameEn") value=form.unitNameEn error=q.err(errors, "unitNameEn") attrs={"maxlength": "300", "lang": "en"}/>
  </fieldset>
  <div class="buttons">
    <@ui.button label=msg("requests.office.action.save")/>
    <@ui.linkButton href=base label=msg("requests.action.back")/>
  </div>
</@ui.form>
