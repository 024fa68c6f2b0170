<#import "lib.ftl" as d>
<ul class="widget-counts">
<#list counts as status, n><#if n gt 0><li><@d.deadline status/> ${n}</li></#if></#list>
</ul>
<#if items?has_content>
<ul class="widget-list">
<#list items as i>
  <li><a href="${i.href}">${i.kind} № ${i.number}</a> <@d.deadline i.status/><#if i.dueOn?has_content> <span class="hint">${msg("documents.deadline.due", i.dueOn)}</span></#if></li>
</#list>
</ul>
</#if>
<p><a href="${link}">${msg("documents.widget.all", total)}</a></p>
