<#import "/hromada-console/ui.ftl" as ui>
<ul class="widget-list">
<#list items as i>
  <li><a href="${i.href}">${i.title}</a> <span class="hint">${msg("content." + i.type + ".one")} · ${i.author} · <#if i.publishAt?? && widget == "content-scheduled"><@ui.when i.publishAt/><#else><@ui.when i.updatedAt/></#if></span></li>
</#list>
</ul>
<#if total gt items?size><p class="hint">${msg("content.widget.more", total - items?size)}</p></#if>
