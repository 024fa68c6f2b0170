<#-- Lists of news, announcements and materials: /news, /announcements, /materials (type is the segment). -->
<#import "/layout.ftl" as layout>
<#import "/content/lib.ftl" as c>
<#assign listTitle = msg("content." + type + ".title")>
<#assign heading = section?has_content?then(msg("content.list.inSection", listTitle, c.sectionName(section)), listTitle)>
<#assign pageTitle = (page gt 1)?then(heading + " — " + msg("content.list.pageOf", page, pageCount), heading)>
<@layout.page title=pageTitle description=msg("content." + type + ".description")
    feeds=[{"url": feedUrl, "title": heading}]>
  <h1>${heading}</h1>
  <#if sections?has_content>
  <nav class="section-filter" aria-label="${msg('content.list.sections')}">
    <ul>
      <li><a href="${allUrl}"<#if !section?has_content> aria-current="page"</#if>>${msg("content.list.allSections")}</a></li>
      <#list sections as s>
      <li><a href="${s.url}"<#if s.current> aria-current="page"</#if>>${c.sectionName(s.code)}</a></li>
      </#list>
    </ul>
  </nav>
  </#if>
  <#if items?has_content>
  <p class="list-count">${msg("content.list.range", firstNumber, lastNumber, total)}</p>
  <@c.teasers items=items level=2 showSection=!section?has_content/>
  <#else>
  <p>${msg("content.list.empty")}</p>
  </#if>
  <#if pageCount gt 1>
  <nav class="pagination" aria-label="${msg('content.pagination.label')}">
    <ul>
      <#if previousUrl??>
      <li class="pagination__prev"><a href="${previousUrl}" rel="prev">${msg("content.pagination.previous")}</a></li>
      </#if>
      <li class="pagination__status">${msg("content.list.pageOf", page, pageCount)}</li>
      <#if nextUrl??>
      <li class="pagination__next"><a href="${nextUrl}" rel="next">${msg("content.pagination.next")}</a></li>
      </#if>
    </ul>
  </nav>
  </#if>
  <p class="feed-link"><a href="${feedUrl}" type="application/atom+xml">${msg("content.feed.subscribe")}</a></p>
</@layout.page>
