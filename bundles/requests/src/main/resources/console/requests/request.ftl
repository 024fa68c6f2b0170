<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as q>
<#assign r = request>
<p class="meta"><a href="${base}">${msg("requests.list.title")}</a></p>
<h1>${msg("requests.request.heading", r.number)}</h1>
<p class="meta"><@q.status r.status/> · ${msg("requests.field.due")}: <@q.due key=r.due dueOn=r.dueOn/></p>
<#if r.incomplete && actions?seq_contains("refuse")><p class="notice" id="hint-incomplete">${msg("requests.hint.incomplete")}</p></#if>
<#if actions?has_content>
<nav class="toolbar" aria-label="${msg("requests.request.actions")}">
  <#list actions as a><@ui.linkButton href=r.href + "/" + a label=msg("requests.action." + a) kind=(a?index == 0)?then("primary", "secondary")/></#list>
</nav>
</#if>
<section aria-labelledby="details-h">
  <h2 id="details-h">${msg("requests.request.details")}</h2>
  <dl>
    <dt>${msg("requests.field.receivedAt")}</dt><dd><@ui.when r.receivedAt/></dd>
    <dt>${msg("requests.field.channel")}</dt><dd>${msg("requests.channel." + r.channel)}</dd>
    <#if r.form?has_content><dt>${msg("requests.field.requestForm")}</dt><dd>${msg("requests.form." + r.form)}</dd></#if>
    <#if r.form == "written">
    <dt>${msg("requests.field.writtenOn")}</dt><dd>${r.writtenOn?has_content?then(r.writtenOn, msg("requests.request.undated"))}</dd>
    <dt>${msg("requests.field.signed")}</dt><dd>${msg("requests.request.signed." + r.signed?has_content?then(r.signed, "no"))}</dd>
    </#if>
    <#if r.recordedBy?has_content><dt>${msg("requests.field.recordedBy")}</dt><dd>${r.recordedBy}<#if r.recordedByPhone?has_content>, ${r.recordedByPhone}</#if></dd></#if>
    <dt>${msg("requests.field.name")}</dt><dd>${r.requester}</dd>
    <#if r.email?has_content><dt>${msg("requests.field.email")}</dt><dd>${r.email}</dd></#if>
    <#if r.postalAddress?has_content><dt>${msg("requests.field.postalAddress")}</dt><dd>${r.postalAddress}</dd></#if>
    <#if r.phone?has_content><dt>${msg("requests.field.phone")}</dt><dd>${r.phone}</dd></#if>
    <dt>${msg("requests.field.description")}</dt><dd>${r.description}</dd>
    <dt>${msg("requests.field.urgent")}</dt><dd><#if r.urgent>${msg("requests.urgency." + r.urgencyGround)}: ${r.urgencyJustification}<#else>${msg("requests.request.notUrgent")}</#if></dd>
    <dt>${msg("requests.field.department")}</dt><dd>${r.department?has_content?then(r.department, "—")}</dd>
    <dt>${msg("requests.field.assignee")}</dt><dd>${r.assignee?has_content?then(r.assignee, "—")}</dd>
    <dt>${msg("requests.request.dueAt")}</dt><dd><@ui.when r.dueAt!/></dd>
    <dt>${msg("requests.request.closedAt")}</dt><dd><@ui.when r.closedAt!/></dd>
    <dt>${msg("requests.request.createdBy")}</dt><dd>${r.createdBy}</dd>
  </dl>
</section>
<#if outcome?has_content>
<section aria-labelledby="outcome-h">
  <h2 id="outcome-h">${msg("requests.request.outcome")}</h2>
  <dl>
  <#if outcome.fee??>
    <dt>${msg("requests.request.charged")}</dt><dd>${msg("requests.request.chargedText", outcome.fee.amount, outcome.fee.pages)} (<@ui.when outcome.fee.chargedAt/>)</dd>
    <dt>${msg("requests.field.paymentDetails")}</dt><dd>${outcome.fee.paymentDetails}</dd>
    <dt>${msg("requests.request.payment")}</dt><dd><#if outcome.fee.paid>${msg("requests.request.paidText", outcome.fee.paidOn)}<#if outcome.fee.paymentReference?has_content> (${outcome.fee.paymentReference})</#if><#else>${msg("requests.request.unpaid")}</#if></dd>
  </#if>
  <#if outcome.answer??>
    <dt>${msg("requests.field.answer")}</dt><dd>${outcome.answer.text}</dd>
    <dt>${msg("requests.field.pages")}</dt><dd>${outcome.answer.pages}</dd>
    <dt>${msg("requests.request.fee")}</dt><dd>${outcome.answer.fee}<#if outcome.answer.feeWaived> (${msg("requests.field.feeWaived")})</#if></dd>
  </#if>
  <#if outcome.refusal??>
    <dt>${msg("requests.field.ground")}</dt><dd>${msg("requests.ground." + outcome.refusal.ground)}</dd>
    <dt>${msg("requests.field.reason")}</dt><dd>${outcome.refusal.reason}</dd>
    <dt>${msg("requests.field.officialName")}</dt><dd>${outcome.refusal.officialName}, ${outcome.refusal.officialPosition}</dd>
    <dt>${msg("requests.field.refusedOn")}</dt><dd>${outcome.refusal.on}</dd>
    <dt>${msg("requests.field.appealProcedure")}</dt><dd>${outcome.refusal.appealProcedure}</dd>
    <dt>${msg("requests.field.signature")}</dt><dd>${outcome.refusal.signature}</dd>
  </#if>
  <#if outcome.deferral??>
    <dt>${msg("requests.request.deferral")}</dt><dd>${outcome.deferral.reason}</dd>
    <dt>${msg("requests.field.until")}</dt><dd>${outcome.deferral.until}</dd>
    <dt>${msg("requests.field.officialName")}</dt><dd>${outcome.deferral.officialName}, ${outcome.deferral.officialPosition}</dd>
    <dt>${msg("requests.field.noticeOn")}</dt><dd>${outcome.deferral.on}</dd>
    <dt>${msg("requests.field.appealProcedure")}</dt><dd>${outcome.deferral.appealProcedure}</dd>
    <dt>${msg("requests.field.signature")}</dt><dd>${outcome.deferral.signature}</dd>
  </#if>
  <#if outcome.extension??>
    <dt>${msg("requests.request.extension")}</dt><dd>${outcome.extension.reason}</dd>
    <dt>${msg("requests.field.noticeSentAt")}</dt><dd><@ui.when outcome.extension.noticeAt!/></dd>
  </#if>
  <#if outcome.forwarding??>
    <dt>${msg("requests.field.holder")}</dt><dd>${outcome.forwarding.holder}</dd>
    <dt>${msg("requests.field.forwardedAt")}</dt><dd><@ui.when outcome.forwarding.at!/></dd>
  </#if>
  </dl>
</section>
</#if>
<section aria-labelledby="files-h">
  <h2 id="files-h">${msg("requests.files.title")}</h2>
  <#if files?has_content>
  <ul class="request-files">
  <#list files as f>
    <li><a href="${f.href}" download="${f.filename}">${f.filename}</a> <span class="hint">${f.size} · ${msg("requests.files.kind." + f.kind)} · <@ui.when f.createdAt/></span>
      <#if f.remove?has_content><@ui.form action=f.remove attrs={"class": "inline-form"}><@ui.button label=msg("requests.files.remove") kind="secondary" attrs={"aria-label": msg("requests.files.removeNamed", f.filename)}/></@ui.form></#if></li>
  </#list>
  </ul>
  <#else>
  <p class="empty">${msg("requests.files.empty")}</p>
  </#if>
  <#if filesOpen>
  <@ui.form action=filesAction multipart=true>
    <div class="field">
      <label for="f-file">${msg("requests.files.file")}</label>
      <p class="hint" id="h-file">${msg("requests.files.hint")}</p>
      <#if fileError?has_content><p class="field-error" id="e-file">${msg(fileError)}</p></#if>
      <input id="f-file" name="file" type="file" accept=".pdf,.docx,.odt,.xlsx,.ods,.csv,.txt,.jpg,.jpeg,.png" aria-describedby="h-file<#if fileError?has_content> e-file</#if>"<#if fileError?has_content> aria-invalid="true"</#if> required>
    </div>
    <@ui.button label=msg("requests.files.upload") kind="secondary"/>
  </@ui.form>
  </#if>
</section>
<section aria-labelledby="history-h">
  <h2 id="history-h">${msg("requests.request.history")}</h2>
  <#if history?has_content>
  <@ui.tableScroll label=msg("requests.request.history")>
  <table class="table">
    <thead><tr>
      <th scope="col">${msg("requests.history.when")}</th>
      <th scope="col">${msg("requests.history.kind")}</th>
      <th scope="col">${msg("requests.history.before")}</th>
      <th scope="col">${msg("requests.history.after")}</th>
      <th scope="col">${msg("requests.history.reason")}</th>
      <th scope="col">${msg("requests.history.actor")}</th>
    </tr></thead>
    <tbody>
    <#list history as h>
      <tr>
        <td><@ui.when h.changedAt/></td>
        <td>${msg("requests.history." + h.kind)}</td>
        <td>${h.before?has_content?then(h.before, "—")}</td>
        <td>${h.after?has_content?then(h.after, "—")}</td>
        <td>${h.reason}</td>
        <td>${h.actor}</td>
      </tr>
    </#list>
    </tbody>
  </table>
  </@ui.tableScroll>
  <#else>
  <p class="empty">${msg("requests.history.empty")}</p>
  </#if>
</section>
<section aria-labelledby="notices-h">
  <h2 id="notices-h">${msg("requests.request.notices")}</h2>
  <#if notices?has_content>
  <ul>
  <#list notices as n>
    <li>${msg("requests.notice." + n.kind)} → ${n.recipient}: ${msg("requests.notice.state." + n.state)} (<@ui.when n.createdAt/>)<#if n.lastError?has_content> <span class="hint">${n.lastError}</span></#if></li>
  </#list>
  </ul>
  <#else>
  <p class="empty">${msg("requests.notices.empty")}</p>
  </#if>
</section>
