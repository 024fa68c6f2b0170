<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as q>
<h1>${msg("requests.new.title")}</h1>
<p class="hint">${msg("requests.new.hint")}</p>
<@q.problems problem=problem errors=errors/>
<@ui.form action=formAction attrs={"id": "request-form", "novalidate": "novalidate"}>
  <div class="field-row">
    <@ui.select name="channel" label=msg("requests.field.channel") value=form.channel error=q.err(errors, "channel") required=true
        options=q.options(channels, "requests.channel.")/>
    <@ui.field name="receivedAt" type="datetime-local" label=msg("requests.field.receivedAt") value=form.receivedAt error=q.err(errors, "receivedAt") hint=msg("requests.hint.kyiv") required=true/>
  </div>
  <fieldset>
    <legend>${msg("requests.new.formalities")}</legend>
    <p class="hint">${msg("requests.hint.formalities")}</p>
    <@ui.select name="requestForm" label=msg("requests.field.requestForm") value=form.requestForm error=q.err(errors, "requestForm") hint=msg("requests.hint.requestForm")
        options=[{"value": "", "label": "—"}] + q.options(media, "requests.form.")/>
    <div class="field-row">
      <@ui.field name="writtenOn" type="date" label=msg("requests.field.writtenOn") value=form.writtenOn error=q.err(errors, "writtenOn") hint=msg("requests.hint.writtenOn")/>
    </div>
    <@ui.checkbox name="signed" label=msg("requests.field.signed") checked=form.signed?has_content hint=msg("requests.hint.signed")/>
    <div class="field-row">
      <@ui.field name="recordedBy" label=msg("requests.field.recordedBy") value=form.recordedBy error=q.err(errors, "recordedBy") hint=msg("requests.hint.recordedBy")/>
      <@ui.field name="recordedByPhone" type="tel" label=msg("requests.field.recordedByPhone") value=form.recordedByPhone error=q.err(errors, "recordedByPhone")/>
    </div>
  </fieldset>
  <fieldset>
    <legend>${msg("requests.new.requester")}</legend>
    <@ui.field name="name" label=msg("requests.field.name") value=form.name error=q.err(errors, "name") required=true hint=msg("requests.hint.name")/>
    <p class="hint">${msg("requests.hint.contact")}</p>
    <div class="field-row">
      <@ui.field name="email" type="email" label=msg("requests.field.email") value=form.email error=q.err(errors, "email")/>
      <@ui.field name="phone" type="tel" label=msg("requests.field.phone") value=form.phone error=q.err(errors, "phone")/>
    </div>
    <@ui.textarea name="postalAddress" label=msg("requests.field.postalAddress") value=form.postalAddress rows=2 error=q.err(errors, "postalAddress")/>
  </fieldset>
  <@ui.textarea name="description" label=msg("requests.field.description") value=form.description rows=6 error=q.err(errors, "description") required=true hint=msg("requests.hint.description")/>
  <fieldset>
    <legend>${msg("requests.new.urgency")}</legend>
    <@ui.checkbox name="urgent" label=msg("requests.field.urgent") checked=form.urgent?has_content hint=msg("requests.hint.urgent")/>
    <@ui.select name="urgencyGround" label=msg("requests.field.urgencyGround") value=form.urgencyGround error=q.err(errors, "urgencyGround")
        options=[{"value": "", "label": "—"}] + q.options(grounds, "requests.urgency.")/>
    <@ui.textarea name="urgencyJustification" label=msg("requests.field.urgencyJustification") value=form.urgencyJustification rows=2 error=q.err(errors, "urgencyJustification")/>
  </fieldset>
  <div class="field-row">
    <@ui.field name="department" label=msg("requests.field.department") value=form.department error=q.err(errors, "department")/>
    <@ui.field name="assignee" label=msg("requests.field.assignee") value=form.assignee error=q.err(errors, "assignee")/>
  </div>
  <div class="buttons">
    <@ui.button label=msg("requests.action.register")/>
    <@ui.linkButton href=base label=msg("requests.action.back")/>
  </div>
</@ui.form>
