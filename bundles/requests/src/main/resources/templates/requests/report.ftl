<#--
  /request-information/report: the year's figures of the register of requests, as the annual report
  gives them, by channel and by month, with the same data as open data (CSV, JSON). A year that cannot
  be used is named beside its field; this year's figures are shown instead.
-->
<#import "/layout.ftl" as layout>
<#assign action = home + "request-information/report">
<#macro table id caption rows labelPrefix="">
<section aria-labelledby="${id}-title">
  <h2 id="${id}-title">${caption}</h2>
  <div class="table-scroll" role="region" aria-labelledby="${id}-title" tabindex="0">
  <table class="votes__table request-report">
    <thead><tr>
      <th scope="col">${caption}</th>
      <#list columns as c><th scope="col">${msg("requests.report.col." + c)}</th></#list>
    </tr></thead>
    <tbody>
    <#list rows as row>
      <tr>
        <th scope="row"><#if labelPrefix?has_content>${msg(labelPrefix + row.key)}<#else>${row.key}</#if></th>
        <#list columns as c><td>${row.counts[c]}</td></#list>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
</section>
</#macro>
<@layout.page title=msg("requests.report.title", reportYear) description=msg("requests.report.description")>
  <h1>${msg("requests.report.title", reportYear)}</h1>
  <p>${msg("requests.report.intro")}</p>
  <form class="register-form request-report-form" method="get" action="${action}" aria-label="${msg('requests.report.year')}">
    <div class="register-form__field">
      <label for="report-year">${msg("requests.report.year")}</label>
      <input id="report-year" name="year" inputmode="numeric" maxlength="4" list="report-years" value="<#if yearInvalid>${yearTyped}<#else>${reportYear}</#if>"<#if yearInvalid> aria-invalid="true" aria-describedby="report-year-error"</#if>>
      <datalist id="report-years"><#list years as y><option value="${y}"></option></#list></datalist>
      <#if yearInvalid><p class="field-error" id="report-year-error">${msg("requests.report.year.invalid")}</p></#if>
    </div>
    <div class="register-form__actions"><button type="submit">${msg("requests.report.show")}</button></div>
  </form>
  <p class="request-report__summary">${msg("requests.report.summary", reportYear, total.received, total.answeredOnTime, total.answeredLate, total.refused, total.open)}</p>
  <#if total.received == 0>
  <p>${msg("requests.report.none", reportYear)}</p>
  <#else>
  <@table id="report-channel" caption=msg("requests.report.byChannel") rows=byChannel labelPrefix="requests.report.channel."/>
  <@table id="report-month" caption=msg("requests.report.byMonth") rows=byMonth labelPrefix="requests.report.month."/>
  </#if>
  <p class="feed-link">${msg("requests.report.openData")} <a href="${csv}" download>CSV</a>, <a href="${json}">JSON</a></p>
</@layout.page>
