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
  <section aria-labelledby="access-requests" id="requests">
    <h2 id="access-requests">${msg("access.requests.title")}</h2>
    <p>${msg("access.requests.text")}</p>
    <ul>
      <li>${msg("access.requests.content")}</li>
      <li>${msg("access.requests.term")}</li>
      <li>${msg("access.requests.free")}</li>
      <li>${msg("access.requests.appeal")}</li>
    </ul>
    <#if requestLinks?has_content>
    <ul class="disclosure-links">
      <#list requestLinks as link><li><a href="${link.url}">${link.label?has_content?then(link.label, msg("access.link"))}</a></li></#list>
    </ul>
    <#else>
    <p>${msg("access.requests.offline")}</p>
    </#if>
  </section>
  <section aria-labelledby="access-accounting" id="accounting-system">
    <h2 id="access-accounting">${msg("access.accounting.title")}</h2>
    <p>${msg("access.accounting.text")}</p>
    <p>${msg("access.accounting.fields")}</p>
    <ol class="disclosure-fields">
      <#list 1..12 as n><li>${msg("access.accounting.field." + n)}</li></#list>
    </ol>
    <#if accountingLinks?has_content>
    <ul class="disclosure-links">
      <#list accountingLinks as link><li><a href="${link.url}">${link.label?has_content?then(link.label, msg("access.link"))}</a></li></#list>
    </ul>
    <#else>
    <p>${msg("access.accounting.onRequest")}</p>
    </#if>
  </section>
</@layout.page>
