<h1>${msg("console.dashboard.greeting", console.user)}</h1>
<#if widgets?has_content>
<div class="widgets">
<#list widgets as w>
<section class="widget" id="${w.id}" aria-labelledby="${w.id}-h">
  <h2 id="${w.id}-h">${w.title}</h2>
  ${w.html}
</section>
</#list>
</div>
<#else>
<p class="empty">${msg("console.dashboard.empty")}</p>
</#if>
