<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as q>
<p class="meta"><a href="${request.href}">${msg("requests.request.heading", request.number)}</a> · <@q.status request.status/> · <@q.due key=request.due dueOn=request.dueOn/></p>
<h1>${msg("requests.action." + action)}</h1>
<p class="hint">${msg("requests.hint.action." + action)}</p>
<@q.problems problem=problem errors=errors/>
<@ui.form action=formAction attrs={"id": "action-form", "novalidate": "novalidate"}>
<#if action == "assign" || action == "start">
  <div class="field-row">
    <@ui.field name="department" label=msg("requests.field.department") value=form.department error=q.err(errors, "department")/>
    <@ui.field name="assignee" label=msg("requests.field.assignee") value=form.assignee error=q.err(errors, "assignee")/>
  </div>
<#elseif action == "answer">
  <@ui.textarea name="answer" label=msg("requests.field.answer") value=form.answer rows=10 error=q.err(errors, "answer") required=true/>
  <div class="field-row">
    <@ui.field name="answeredAt" type="datetime-local" label=msg("requests.field.answeredAt") value=form.answeredAt error=q.err(errors, "answeredAt") hint=msg("requests.hint.now")/>
    <@ui.field name="pages" type="number" label=msg("requests.field.pages") value=form.pages error=q.err(errors, "pages") hint=msg("requests.hint.pages") attrs={"min": "0"}/>
  </div>
  <@ui.checkbox name="feeWaived" label=msg("requests.field.feeWaived") checked=form.feeWaived?has_content hint=msg("requests.hint.feeWaived")/>
<#elseif action == "charge">
  <@ui.field name="pages" type="number" label=msg("requests.field.pages") value=form.pages error=q.err(errors, "pages") required=true hint=msg("requests.hint.pages.charge") attrs={"min": "1"}/>
  <@ui.checkbox name="feeWaived" label=msg("requests.field.feeWaived") checked=form.feeWaived?has_content hint=msg("requests.hint.feeWaived")/>
  <@ui.textarea name="paymentDetails" label=msg("requests.field.paymentDetails") value=form.paymentDetails rows=4 error=q.err(errors, "paymentDetails") required=true hint=msg("requests.hint.paymentDetails")/>
<#elseif action == "paid">
  <div class="field-row">
    <@ui.field name="paidOn" type="date" label=msg("requests.field.paidOn") value=form.paidOn error=q.err(errors, "paidOn") hint=msg("requests.hint.today")/>
    <@ui.field name="paymentReference" label=msg("requests.field.paymentReference") value=form.paymentReference error=q.err(errors, "paymentReference") hint=msg("requests.hint.paymentReference")/>
  </div>
<#elseif action == "extend">
  <@ui.textarea name="reason" label=msg("requests.field.reason") value=form.reason rows=4 error=q.err(errors, "reason") required=true/>
  <@ui.field name="noticeSentAt" type="datetime-local" label=msg("requests.field.noticeSentAt") value=form.noticeSentAt error=q.err(errors, "noticeSentAt") hint=msg("requests.hint.noticeSentAt")/>
<#elseif action == "forward">
  <@ui.field name="holder" label=msg("requests.field.holder") value=form.holder error=q.err(errors, "holder") required=true hint=msg("requests.hint.holder")/>
  <@ui.field name="forwardedAt" type="datetime-local" label=msg("requests.field.forwardedAt") value=form.forwardedAt error=q.err(errors, "forwardedAt") hint=msg("requests.hint.now")/>
<#else>
  <#if action == "refuse">
  <#if incomplete><p class="notice" id="hint-incomplete">${msg("requests.hint.incomplete")}</p></#if>
  <@ui.select name="ground" label=msg("requests.field.ground") value=form.ground error=q.err(errors, "ground") required=true
      options=[{"value": "", "label": "—"}] + q.options(grounds, "requests.ground.")/>
  </#if>
  <@ui.textarea name="reason" label=msg("requests.field.reason") value=form.reason rows=5 error=q.err(errors, "reason") required=true hint=msg("requests.hint.reason." + action)/>
  <#if action == "defer">
  <div class="field-row">
    <@ui.field name="noticeOn" type="date" label=msg("requests.field.noticeOn") value=form.noticeOn error=q.err(errors, "noticeOn") hint=msg("requests.hint.today")/>
    <@ui.field name="until" type="date" label=msg("requests.field.until") value=form.until error=q.err(errors, "until") required=true/>
  </div>
  <#else>
  <@ui.field name="refusedOn" type="date" label=msg("requests.field.refusedOn") value=form.refusedOn error=q.err(errors, "refusedOn") hint=msg("requests.hint.today")/>
  </#if>
  <div class="field-row">
    <@ui.field name="officialName" label=msg("requests.field.officialName") value=form.officialName error=q.err(errors, "officialName") required=true/>
    <@ui.field name="officialPosition" label=msg("requests.field.officialPosition") value=form.officialPosition error=q.err(errors, "officialPosition") required=true/>
  </div>
  <@ui.textarea name="appealProcedure" label=msg("requests.field.appealProcedure") value=form.appealProcedure rows=3 error=q.err(errors, "appealProcedure") required=true hint=msg("requests.hint.appealProcedure")/>
  <@ui.field name="signature" label=msg("requests.field.signature") value=form.signature error=q.err(errors, "signature") required=true hint=msg("requests.hint.signature")/>
</#if>
  <div class="buttons">
    <@ui.button label=msg("requests.action." + action) kind=(action == "refuse")?then("danger", "primary")/>
    <@ui.linkButton href=request.href label=msg("requests.action.back")/>
  </div>
</@ui.form>
