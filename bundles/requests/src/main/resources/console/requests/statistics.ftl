<#import "/hromada-console/ui.ftl" as ui>
<p class="meta"><a href="${base}">${msg("requests.list.title")}</a></p>
<h1>${msg("requests.stats.heading", year)}</h1>
<form class="filters" method="get" action="${base}/statistics" aria-label="${msg("requests.stats.year")}">
  <@ui.select name="year" label=msg("requests.stats.year") value=year options=years/>
  <@ui.button label=msg("requests.filter.apply") kind="secondary"/>
</form>
<p><a href="${csv}" download>${msg("requests.stats.csv", year)}</a></p>
<#macro table id caption rows labelPrefix="">
<section aria-labelledby="${id}-h">
<h2 id="${id}-h">${caption}</h2>
<@ui.tableScroll label=caption>
<table class="table">
  <thead><tr>
    <th scope="col">${caption}</th>
    <#list columns as c><th scope="col">${msg("requests.stats." + c)}</th></#list>
  </tr></thead>
  <tbody>
  <#list rows as row>
    <tr>
      <th scope="row"><#if labelPrefix?has_content>${msg(labelPrefix + row.key)}<#elseif row.key?has_content>${row.key}<#else>${msg("requests.stats.noDepartment")}</#if></th>
      <#list columns as c><td>${row.counts[c]}</td></#list>
    </tr>
  </#list>
  </tbody>
</table>
</@ui.tableScroll>
</section>
</#macro>
<@table id="total" caption=msg("requests.stats.total") rows=[{"key": msg("requests.stats.all"), "counts": total}]/>
<#if byChannel?has_content><@table id="channel" caption=msg("requests.field.channel") rows=byChannel labelPrefix="requests.channel."/></#if>
<#if byDepartment?has_content><@table id="department" caption=msg("requests.field.department") rows=byDepartment/></#if>
<@table id="month" caption=msg("requests.stats.month") rows=byMonth labelPrefix="requests.month."/>
