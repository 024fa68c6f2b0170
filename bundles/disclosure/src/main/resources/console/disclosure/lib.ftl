<#-- Shared bits of the disclosure console pages. -->
<#import "/hromada-console/ui.ftl" as ui>

<#-- A status with its label and the console's colour for it. -->
<#macro status key look><@ui.badge status=look label=msg("disclosure.status." + key)/></#macro>

<#-- "Item 1.2" for part 1, "Part 2" for the others. -->
<#function label item><#return (item.part == 1)?then(msg("disclosure.item", item.number), msg("disclosure.part", item.number))></#function>

<#macro evidence list>
<#if list?has_content>
<p><strong>${msg("disclosure.evidence")}:</strong></p>
<ul class="evidence">
  <#list list as e>
  <li><#if e.url?has_content><a href="${e.url}">${e.label}</a><#else>${e.label}</#if><#if e.note?has_content> — ${e.note}</#if></li>
  </#list>
</ul>
</#if>
</#macro>
