<#--
  /request-information/track: the number and the code (posted, so the code stays out of addresses and
  history); with "request", what became of it; with "notFound" (status 404), a notice that does not
  tell which of the two was wrong. The code is never filled back in.
-->
<#import "/layout.ftl" as layout>
<#import "/requests/lib.ftl" as r>
<#assign action = home + "request-information/track">
<@layout.page title=msg("requests.track.title")>
  <h1>${msg("requests.track.title")}</h1>
  <#if notFound??><p class="notice" role="alert">${msg("requests.track.notFound")}</p></#if>
  <#if request??>
  <section class="request-status" aria-labelledby="request-status-title">
    <h2 id="request-status-title">${request.number}</h2>
    <dl class="request-receipt">
      <dt>${msg("requests.track.status")}</dt>
      <dd id="request-status">${msg("requests.status." + request.status)}</dd>
      <dt>${msg("requests.track.receivedAt")}</dt>
      <dd>${request.receivedAt}</dd>
      <#if request.dueOn?has_content>
      <dt>${msg("requests.track.dueOn")}</dt>
      <dd>${request.dueOn}<#if request.extended> — ${msg("requests.track.extended")}</#if></dd>
      </#if>
      <#if request.deferredUntil?has_content>
      <dt>${msg("requests.track.deferredUntil")}</dt>
      <dd>${request.deferredUntil}</dd>
      </#if>
      <#if request.forwardedTo?has_content>
      <dt>${msg("requests.track.forwarded")}</dt>
      <dd>${request.forwardedTo}<#if request.forwardedAt?has_content>, ${request.forwardedAt}</#if></dd>
      </#if>
      <#if request.closedAt?has_content>
      <dt>${msg("requests.track.closedAt")}</dt>
      <dd>${request.closedAt}</dd>
      </#if>
      <#if request.fee?has_content>
      <dt>${msg("requests.track.fee")}</dt>
      <dd>${request.fee}</dd>
      </#if>
    </dl>
    <#if request.payment??>
    <h3 id="request-payment-title">${msg("requests.track.payment")}</h3>
    <dl class="request-receipt" aria-labelledby="request-payment-title">
      <dt>${msg("requests.track.payment")}</dt>
      <dd id="request-payment-amount">${request.payment.amount} <span class="request-form__hint">(${msg("requests.track.payment.pages", request.payment.pages)})</span></dd>
      <dt>${msg("requests.track.payment.details")}</dt>
      <dd class="request-status__answer">${request.payment.details}</dd>
      <dt>${msg("requests.track.payment.state")}</dt>
      <dd id="request-payment-state"><#if request.payment.paid>${msg("requests.track.payment.paid", request.payment.paidOn)}<#else>${msg("requests.track.payment.unpaid")}</#if></dd>
    </dl>
    </#if>
    <#if request.answer?has_content>
    <h3>${msg("requests.track.answer")}</h3>
    <div class="request-status__answer">${request.answer}</div>
    </#if>
    <#if request.files?has_content>
    <h3 id="request-files-title">${msg("requests.track.files")}</h3>
    <p class="request-form__hint">${msg("requests.track.files.hint", request.filesExpire)}</p>
    <ul class="request-files" aria-labelledby="request-files-title">
      <#list request.files as f>
      <li><a href="${f.url}" download="${f.filename}">${f.filename}</a> (${f.size})</li>
      </#list>
    </ul>
    </#if>
    <#if request.refusal??>
    <h3>${msg("requests.track.refusal")}</h3>
    <dl class="request-receipt">
      <dt>${msg("requests.track.refusal.ground")}</dt>
      <dd>${msg("requests.ground." + request.refusal.ground)}</dd>
      <dt>${msg("requests.track.refusal.reason")}</dt>
      <dd>${request.refusal.reason}</dd>
      <dt>${msg("requests.track.refusal.official")}</dt>
      <dd>${request.refusal.official}</dd>
      <dt>${msg("requests.track.refusal.refusedOn")}</dt>
      <dd>${request.refusal.refusedOn}</dd>
      <dt>${msg("requests.track.refusal.appeal")}</dt>
      <dd>${request.refusal.appealProcedure}</dd>
    </dl>
    </#if>
  </section>
  </#if>
  <p>${msg("requests.track.intro")}</p>
  <form class="request-form" method="post" action="${action}" aria-label="${msg('requests.track.title')}" novalidate>
    <@r.input name="number" label=msg("requests.track.number") value=number required=true extra='maxlength="40" autocomplete="off"'/>
    <@r.input name="code" label=msg("requests.track.code") value="" required=true extra='maxlength="100" autocomplete="off" spellcheck="false"'/>
    <div class="request-form__actions">
      <button type="submit">${msg("requests.track.submit")}</button>
    </div>
  </form>
  <p><a href="${home}request-information">${msg("requests.track.new")}</a></p>
  <#if office?? && office?has_content><@r.office office=office/></#if>
</@layout.page>
