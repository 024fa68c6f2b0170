<#--
  The Article 18 accounting system: /accounting-system. One row per published or restricted document
  with the fields of Art. 18 (DOMAIN.md section 1.5); a restricted document's row has no link, as its
  text is not public. The filter form is sent with GET; a value that cannot be used is named beside its
  field and left out. The table scrolls inside a focusable region on narrow screens.
-->
<#import "/layout.ftl" as layout>
<#import "/documents/lib.ftl" as d>
<#assign heading = msg("documents.accounting.title")>
<#assign pageTitle = (page gt 1)?then(heading + " — " + msg("documents.register.pageOf", page, pageCount), heading)>
<#macro invalid name>
  <#if errors?seq_contains(name)><p class="field-error" id="filter-${name}-error">${msg("documents.accounting.invalid." + name)}</p></#if>
</#macro>
<#function described name><#return errors?seq_contains(name)?then(" aria-invalid=\"true\" aria-describedby=\"filter-" + name + "-error\"", "")></#function>
<@layout.page title=pageTitle description=msg("documents.accounting.description") head=true; part>
<#if part == "head">
  <#if filtered><meta name="robots" content="noindex, follow"></#if>
<#else>
  <h1>${heading}</h1>
  <div class="accounting__intro">
    <p>${msg("documents.accounting.intro")}</p>
    <p>${msg("documents.accounting.open")}</p>
  </div>
  <form class="register-form accounting-form" method="get" action="${action}" aria-label="${msg('documents.accounting.filter')}">
    <div class="register-form__field">
      <label for="filter-year">${msg("documents.accounting.year")}</label>
      <input id="filter-year" name="year" type="number" min="1900" max="2999" inputmode="numeric" value="${filters.year!""}" list="accounting-years"${described("year")?no_esc}>
      <datalist id="accounting-years"><#list years as y><option value="${y?c}"></option></#list></datalist>
      <@invalid "year"/>
    </div>
    <div class="register-form__field">
      <label for="filter-kind">${msg("documents.filter.kind")}</label>
      <select id="filter-kind" name="kind"${described("kind")?no_esc}>
        <option value="">${msg("documents.register.allKinds")}</option>
        <#list kinds as k>
        <option value="${k.code}"<#if (filters.kind!"") == k.code> selected</#if>>${k.name}</option>
        </#list>
      </select>
      <@invalid "kind"/>
    </div>
    <div class="register-form__actions">
      <button type="submit">${msg("documents.filter.submit")}</button>
      <#if filtered><a href="${action}">${msg("documents.filter.reset")}</a></#if>
    </div>
  </form>
  <#if errors?has_content>
  <p class="notice" role="alert">${msg("documents.filter.someIgnored")}</p>
  </#if>
  <#if items?has_content>
  <p class="list-count" role="status">${msg("documents.accounting.range", firstNumber, lastNumber, total)}</p>
  <div class="accounting__scroll" role="region" aria-labelledby="accounting-caption" tabindex="0">
  <table class="accounting">
    <caption id="accounting-caption">${msg("documents.accounting.caption")}</caption>
    <thead>
      <tr>
        <th scope="col">${msg("documents.accounting.col.title")}</th>
        <th scope="col">${msg("documents.accounting.col.kind")}</th>
        <th scope="col">${msg("documents.accounting.col.number")}</th>
        <th scope="col">${msg("documents.accounting.col.created")}</th>
        <th scope="col">${msg("documents.accounting.col.received")}</th>
        <th scope="col">${msg("documents.accounting.col.source")}</th>
        <th scope="col">${msg("documents.accounting.col.field")}</th>
        <th scope="col">${msg("documents.accounting.col.keywords")}</th>
        <th scope="col">${msg("documents.accounting.col.medium")}</th>
        <th scope="col">${msg("documents.accounting.col.restriction")}</th>
        <th scope="col">${msg("documents.accounting.col.storage")}</th>
      </tr>
    </thead>
    <tbody>
      <#list items as e>
      <tr<#if e.restricted> class="accounting__restricted"</#if>>
        <th scope="row"${d.textLang()?no_esc}><#if e.url?has_content><a href="${e.url}">${e.title}</a><#else>${e.title}</#if></th>
        <td>${e.kindName}</td>
        <td>${e.number}</td>
        <td><time datetime="${e.createdIso}">${e.created}</time></td>
        <td><#if e.received?has_content><time datetime="${e.receivedIso}">${e.received}</time><#else>—</#if></td>
        <td${d.textLang()?no_esc}>${e.source?has_content?then(e.source, "—")}</td>
        <td${d.textLang()?no_esc}>${e.field?has_content?then(e.field, "—")}</td>
        <td${d.textLang()?no_esc}>${e.keywords?has_content?then(e.keywords, "—")}</td>
        <td>${msg("documents.medium." + e.medium)}</td>
        <td><#if e.restricted><span${d.textLang()?no_esc}>${e.restrictionBasis}</span><#if e.restrictedUntil?has_content>, ${msg("documents.accounting.until")} <time datetime="${e.restrictedUntilIso}">${e.restrictedUntil}</time></#if><#else>—</#if></td>
        <td${d.textLang()?no_esc}>${e.storage?has_content?then(e.storage, "—")}</td>
      </tr>
      </#list>
    </tbody>
  </table>
  </div>
  <#else>
  <p role="status">${filtered?then(msg("documents.accounting.noneFound"), msg("documents.accounting.empty"))}</p>
  </#if>
  <#if pageCount gt 1>
  <nav class="pagination" aria-label="${msg('documents.accounting.pages')}">
    <ul>
      <#if previousUrl??>
      <li class="pagination__prev"><a href="${previousUrl}" rel="prev">${msg("documents.pagination.previous")}</a></li>
      </#if>
      <li class="pagination__status">${msg("documents.register.pageOf", page, pageCount)}</li>
      <#if nextUrl??>
      <li class="pagination__next"><a href="${nextUrl}" rel="next">${msg("documents.pagination.next")}</a></li>
      </#if>
    </ul>
  </nav>
  </#if>
  <p class="feed-link">
    <a href="${exportCsv}" type="text/csv">${msg("documents.accounting.csv")}</a>
    · <a href="${exportJson}" type="application/json">${msg("documents.accounting.json")}</a>
  </p>
</#if>
</@layout.page>
