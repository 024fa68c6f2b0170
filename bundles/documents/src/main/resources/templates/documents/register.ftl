<#--
  The public register: /documents (all kinds) and /documents/<segment> (one kind). The filter form is
  sent with GET, so a filtered register has an address to share; a value that cannot be used is named
  beside its field (errors) and left out of the search.
-->
<#import "/layout.ftl" as layout>
<#import "/documents/lib.ftl" as d>
<#assign heading = kind?has_content?then(kindName, msg("documents.register.title"))>
<#assign pageTitle = (page gt 1)?then(heading + " — " + msg("documents.register.pageOf", page, pageCount), heading)>
<#macro field name label type="text" extra="">
  <#local invalid = errors?seq_contains(name)>
  <div class="register-form__field">
    <label for="filter-${name}">${label}</label>
    <input id="filter-${name}" name="${name}" type="${type}" value="${filters[name]!""}"<#if invalid> aria-invalid="true" aria-describedby="filter-${name}-error"</#if> ${extra?no_esc}>
    <#if invalid><p class="field-error" id="filter-${name}-error">${msg("documents.filter.invalid." + name)}</p></#if>
  </div>
</#macro>
<@layout.page title=pageTitle description=msg("documents.register.description")
    feeds=[{"url": feedUrl, "title": heading}] head=true; part>
<#if part == "head">
  <#if filtered><meta name="robots" content="noindex, follow"></#if>
<#else>
  <h1>${heading}</h1>
  <nav class="section-filter" aria-label="${msg('documents.register.kinds')}">
    <ul>
      <li><a href="${home}documents"<#if !kind?has_content> aria-current="page"</#if>>${msg("documents.register.allKinds")}</a></li>
      <#list kinds as k>
      <li><a href="${k.url}"<#if k.current> aria-current="page"</#if>>${k.name}</a></li>
      </#list>
    </ul>
  </nav>
  <form class="register-form" method="get" action="${action}" aria-label="${msg('documents.filter.label')}">
    <@field name="q" label=msg("documents.filter.q") type="search" extra='maxlength="200" autocomplete="off"'/>
    <#if !kind?has_content>
    <div class="register-form__field">
      <label for="filter-kind">${msg("documents.filter.kind")}</label>
      <select id="filter-kind" name="kind"<#if errors?seq_contains("kind")> aria-invalid="true" aria-describedby="filter-kind-error"</#if>>
        <option value="">${msg("documents.register.allKinds")}</option>
        <#list kinds as k>
        <option value="${k.code}"<#if (filters.kind!"") == k.code> selected</#if>>${k.name}</option>
        </#list>
      </select>
      <#if errors?seq_contains("kind")><p class="field-error" id="filter-kind-error">${msg("documents.filter.invalid.kind")}</p></#if>
    </div>
    </#if>
    <@field name="number" label=msg("documents.filter.number") extra='maxlength="40"'/>
    <@field name="from" label=msg("documents.filter.from") type="date"/>
    <@field name="to" label=msg("documents.filter.to") type="date"/>
    <div class="register-form__field">
      <label for="filter-status">${msg("documents.filter.status")}</label>
      <select id="filter-status" name="status">
        <option value="">${msg("documents.filter.anyStatus")}</option>
        <#list statuses as s>
        <option value="${s}"<#if (filters.status!"") == s> selected</#if>>${d.statusName(s)}</option>
        </#list>
      </select>
    </div>
    <#if bodies?has_content>
    <div class="register-form__field">
      <label for="filter-body">${msg("documents.filter.body")}</label>
      <select id="filter-body" name="body">
        <option value="">${msg("documents.filter.anyBody")}</option>
        <#list bodies as b>
        <option value="${b}"<#if (filters.body!"") == b> selected</#if>>${b}</option>
        </#list>
      </select>
    </div>
    </#if>
    <@field name="convocation" label=msg("documents.filter.convocation") type="number" extra='min="1" max="1000" inputmode="numeric"'/>
    <@field name="session" label=msg("documents.filter.session") type="number" extra='min="1" max="1000" inputmode="numeric"'/>
    <div class="register-form__actions">
      <button type="submit">${msg("documents.filter.submit")}</button>
      <#if filtered><a href="${action}">${msg("documents.filter.reset")}</a></#if>
    </div>
  </form>
  <#if errors?has_content>
  <p class="notice" role="alert">${msg("documents.filter.someIgnored")}</p>
  </#if>
  <#if items?has_content>
  <p class="list-count" role="status">${msg("documents.register.range", firstNumber, lastNumber, total)}</p>
  <ol class="register" start="${firstNumber?c}">
    <#list items as doc>
    <li class="register__item">
      <h2 class="register__title"><a href="${doc.url}"${d.textLang()?no_esc}>${doc.title}</a></h2>
      <p class="register__meta">
        <span class="register__label">${d.label(doc)}</span>
        <span>${msg("documents.from")} <time datetime="${doc.adoptedIso}">${doc.adopted}</time></span>
        <span class="status status--${doc.status}">${d.statusName(doc.status)}</span>
      </p>
      <#if doc.summary?has_content><p class="register__summary"${d.textLang()?no_esc}>${doc.summary}</p></#if>
    </li>
    </#list>
  </ol>
  <#else>
  <p role="status">${filtered?then(msg("documents.register.noneFound"), msg("documents.register.empty"))}</p>
  </#if>
  <#if pageCount gt 1>
  <nav class="pagination" aria-label="${msg('documents.pagination.label')}">
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
    <a href="${feedUrl}" type="application/atom+xml">${msg("documents.feed.subscribe")}</a>
    · <a href="${exportCsv}" type="text/csv">${msg("documents.export.csv")}</a>
    · <a href="${exportJson}" type="application/json">${msg("documents.export.json")}</a>
  </p>
</#if>
</@layout.page>
