<#--
  /access-to-information: every item of Article 15 in plain words, with links to where it is published.
  Built from the same data as the console's dashboard (automated checks and editors' attestations).
-->
<#import "/layout.ftl" as layout>
<#macro entry item label level=3>
  <li class="disclosure-item disclosure-${item.status}" id="item-${item.id}">
    <h${level}>${label}</h${level}>
    <p>${item.name}</p>
    <p class="disclosure-status"><strong>${msg("access.status." + item.status)}</strong><#if item.checkedOn?has_content>. <time datetime="${item.checkedIso}">${msg("access.checkedOn", item.checkedOn)}</time></#if></p>
    <#if item.links?has_content>
    <p>${msg("access.where")}</p>
    <ul>
      <#list item.links as link>
      <li><a href="${link.url}">${link.label?has_content?then(link.label, msg("access.link"))}</a><#if link.note?has_content> — ${link.note}</#if></li>
      </#list>
    </ul>
    </#if>
    <#if item.points?? && item.points?has_content>
    <ul class="disclosure-points">
      <#list item.points as point><@entry item=point label=msg("access.item", point.number) level=4/></#list>
    </ul>
    </#if>
  </li>
</#macro>
<@layout.page title=msg("access.title") description=msg("access.description")>
  <h1>${msg("access.title")}</h1>
  <p>${msg("access.intro")}</p>
  <section aria-labelledby="access-part1">
    <h2 id="access-part1">${msg("access.part1")}</h2>
    <ul class="disclosure-items">
      <#list part1 as item><@entry item=item label=msg("access.item", item.number)/></#list>
    </ul>
  </section>
  <section aria-labelledby="access-parts">
    <h2 id="access-parts">${msg("access.parts")}</h2>
    <ul class="disclosure-items">
      <#list parts as item><@entry item=item label=msg("access.part", item.number)/></#list>
    </ul>
  </section>
  <section aria-labelledby="access-requests">
    <h2 id="access-requests">${msg("access.requests.title")}</h2>
    <p>${msg("access.requests.text")}</p>
  </section>
</@layout.page>
