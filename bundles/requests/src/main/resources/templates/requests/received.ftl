<#--
  After the form: the number, the due date and the tracking code, shown this once. Without a number
  (a filled honeypot) only the thanks, so nothing tells a bot it was spotted.
-->
<#import "/layout.ftl" as layout>
<@layout.page title=msg("requests.received.title")>
  <h1>${msg("requests.received.title")}</h1>
  <p role="status">${msg("requests.received.thanks")}</p>
  <#if number??>
  <dl class="request-receipt">
    <dt>${msg("requests.received.number")}</dt>
    <dd><strong id="request-number">${number}</strong></dd>
    <dt>${msg("requests.received.due")}</dt>
    <dd><time datetime="${dueOnIso}">${dueOn}</time></dd>
    <dt>${msg("requests.received.code")}</dt>
    <dd><strong id="tracking-code" class="request-receipt__code">${code}</strong></dd>
  </dl>
  <p class="notice">${msg("requests.received.keep")}</p>
  <#if mailed><p>${msg("requests.received.mailed")}</p></#if>
  <#if office?? && (office.phone?? || office.email??)>
  <p class="request-office__questions">${msg("requests.received.questions")}<#if office.phone??> <a href="tel:${office.tel}">${office.phone}</a></#if><#if office.phone?? && office.email??>,</#if><#if office.email??> <a href="mailto:${office.email}">${office.email}</a></#if><#if office.hours??> (${office.hours})</#if>.</p>
  </#if>
  </#if>
  <p><a href="${home}request-information/track">${msg("requests.received.track")}</a></p>
</@layout.page>
