<#import "lib.ftl" as d>
<ul class="widget-counts">
<#list counts as key, n><#if n gt 0><li><@d.status key looks[key]/> ${n}</li></#if></#list>
</ul>
<p><a href="${link}">${msg("disclosure.widget.all")}</a></p>
