<#--
  The public search page: /search and /en/search (?q=&type=&page=). state is "ask" (nothing typed),
  "results", "none" (nothing found) or "unavailable". A type's name is the message search.type.<code>
  (a bundle that adds a searchable type may add its own); a code without one is shown as it is.
-->
<#import "/layout.ftl" as layout>
<#function typeName code>
  <#local key = "search.type." + code>
  <#local text = msg(key)>
  <#return (text == key)?then(code, text)>
</#function>
<#assign heading = query?has_content?then(msg("search.titleFor", query), msg("search.title"))>
<#assign pageTitle = (state == "results" && page gt 1)?then(heading + " — " + msg("search.pageOf", page, pageCount), heading)>
<@layout.page title=pageTitle description=msg("search.description") head=true; part>
<#if part == "head">
  <meta name="robots" content="noindex, follow">
<#else>
  <h1>${msg("search.title")}</h1>
  <form class="search-form" role="search" method="get" action="${home}search" aria-label="${msg('search.form.label')}">
    <div class="search-form__field">
      <label for="search-q">${msg("search.form.query")}</label>
      <input id="search-q" name="q" type="search" value="${query}" maxlength="200" autocomplete="off" spellcheck="false">
    </div>
    <#if types?size gt 1>
    <div class="search-form__field">
      <label for="search-type">${msg("search.form.type")}</label>
      <select id="search-type" name="type">
        <option value=""<#if !type?has_content> selected</#if>>${msg("search.form.allTypes")}</option>
        <#list types as code>
        <option value="${code}"<#if code == type> selected</#if>>${typeName(code)}</option>
        </#list>
      </select>
    </div>
    </#if>
    <button type="submit">${msg("search.form.submit")}</button>
  </form>
  <#if shortened>
  <p class="notice">${msg("search.shortened", 200)}</p>
  </#if>
  <#if state == "ask">
  <p>${msg("search.ask")}</p>
  <#elseif state == "unavailable">
  <p class="notice">${msg("search.unavailable")}</p>
  <#elseif state == "none">
  <h2>${msg("search.none.title")}</h2>
  <p>${msg("search.none.text", query)}</p>
  <ul>
    <li>${msg("search.none.tipSpelling")}</li>
    <li>${msg("search.none.tipFewer")}</li>
    <#if allTypesUrl??><li><a href="${allTypesUrl}">${msg("search.none.allTypes")}</a></li></#if>
  </ul>
  <#else>
  <p class="list-count">${msg("search.count", total)}<#if pageCount gt 1> ${msg("search.range", firstNumber, lastNumber)}</#if></p>
  <ol class="search-results">
    <#list hits as hit>
    <li class="search-result">
      <h2 class="search-result__title"><a href="${hit.url}">${hit.title}</a></h2>
      <p class="search-result__meta"><span class="search-result__type">${typeName(hit.type)}</span><#if hit.date?has_content><time datetime="${hit.datetime}">${hit.date}</time></#if></p>
      <#if hit.snippet?has_content>
      <#-- The engine escapes every character of a snippet and adds only <mark> around the matched words
           (MarkFormatter), so it is safe HTML and the only thing on this page written unescaped. -->
      <p class="search-result__snippet">${hit.snippet?no_esc}</p>
      </#if>
    </li>
    </#list>
  </ol>
  <#if pageCount gt 1>
  <nav class="pagination" aria-label="${msg('search.pagination.label')}">
    <ul>
      <#if previousUrl??>
      <li class="pagination__prev"><a href="${previousUrl}" rel="prev">${msg("search.pagination.previous")}</a></li>
      </#if>
      <li class="pagination__status">${msg("search.pageOf", page, pageCount)}</li>
      <#if nextUrl??>
      <li class="pagination__next"><a href="${nextUrl}" rel="next">${msg("search.pagination.next")}</a></li>
      </#if>
    </ul>
  </nav>
  </#if>
  </#if>
</#if>
</@layout.page>
