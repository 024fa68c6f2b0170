<#import "lib.ftl" as q>
<ul class="widget-counts">
  <li><a href="${overdueLink}">${msg("requests.widget.overdue", overdue)}</a></li>
  <li>${msg("requests.widget.dueToday", dueToday)}</li>
  <li><a href="${link}">${msg("requests.widget.open", open)}</a></li>
</ul>
<#if items?has_content>
<ul class="widget-list">
<#list items as i>
  <li><a href="${i.href}">${i.number}</a> ${i.requester} <@q.due key=i.due dueOn=i.dueOn/></li>
</#list>
</ul>
</#if>
<p><a href="${statisticsLink}">${msg("requests.widget.year", year)}</a>: ${msg("requests.widget.yearFigures", received, answeredOnTime, answeredLate, refused, extended)}</p>
