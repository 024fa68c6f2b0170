<#--
  The published sessions: /sessions. The filter form is sent with GET, so a filtered list has an
  address to share; a value that cannot be used is named beside its field (errors) and left out.
-->
<#import "/layout.ftl" as layout>
<#import "/documents/lib.ftl" as d>
<#import "/sessions/lib.ftl" as s>
<#assign heading = msg("sessions.list.title")>
<#assign pageTitle = (page gt 1)?then(heading + " — " + msg("sessions.list.pageOf", page, pageCount), heading)>
<#macro error name>
  <#if errors?seq_contains(name)><p class="field-error" id="filter-${name}-error">${msg("sessions.filter.invalid." + name)}</p></#if>
</#macro>
<#function invalid name>
  <#return errors?seq_contains(name)?then(' aria-invalid="true" aria-describedby="filter-' + name + '-error"', "")>
</#function>
<@layout.page title=pageTitle description=msg("sessions.list.description")
    feeds=[{"url": feedUrl, "title": heading}] head=true; part>
<#if part == "head">
  <#if filtered><meta name="robots" content="noindex, follow"></#if>
<#else>
  <h1>${heading}</h1>
  <form class="register-form sessions-form" method="get" action="${action}" aria-label="${msg('sessions.filter.label')}">
    <div class="register-form__field">
      <label for="filter-bodyKind">${msg("sessions.filter.bodyKind")}</label>
      <select id="filter-bodyKind" name="bodyKind"${invalid("bodyKind")?no_esc}>
        <option value="">${msg("sessions.filter.anyBodyKind")}</option>
        <#list bodyKinds as k>
        <option value="${k}"<#if (filters.bodyKind!"") == k> selected</#if>>${s.bodyKindName(k)}</option>
        </#list>
      </select>
      <@error "bodyKind"/>
    </div>
    <div class="register-form__field">
      <label for="filter-convocation">${msg("sessions.filter.convocation")}</label>
      <input id="filter-convocation" name="convocation" type="text" inputmode="numeric" maxlength="4" value="${filters.convocation!""}"${invalid("convocation")?no_esc}>
      <@error "convocation"/>
    </div>
    <div class="register-form__field">
      <label for="filter-year">${msg("sessions.filter.year")}</label>
      <input id="filter-year" name="year" type="text" inputmode="numeric" maxlength="4" value="${filters.year!""}"${invalid("year")?no_esc}>
      <@error "year"/>
    </div>
    <div class="register-form__actions">
      <button type="submit">${msg("sessions.filter.submit")}</button>
      <#if filtered><a href="${action}">${msg("sessions.filter.reset")}</a></#if>
    </div>
  </form>
  <#if errors?has_content>
  <p class="notice" role="alert">${msg("sessions.filter.someIgnored")}</p>
  </#if>
  <#if items?has_content>
  <p class="list-count" role="status">${msg("sessions.list.range", firstNumber, lastNumber, total)}</p>
  <ol class="register sessions" start="${firstNumber?c}">
    <#list items as session>
    <li class="register__item">
      <h2 class="register__title"><a href="${session.url}"${d.textLang()?no_esc}>${s.heading(session)}</a></h2>
      <p class="register__meta">
        <span><time datetime="${session.heldOnIso}">${session.heldOn}</time><#if session.startsAt?has_content>, ${session.startsAt}</#if></span>
        <span>${s.bodyKindName(session.bodyKind)}: <span${d.textLang()?no_esc}>${session.bodyName}</span></span>
        <span class="register__label">${s.label(session)}<#if session.convocation?has_content>, ${msg("sessions.convocationOf", session.convocation)}</#if></span>
        <span class="status status--${session.status}">${s.statusName(session.status)}</span>
      </p>
      <#if session.video || session.votes>
      <ul class="session-marks">
        <#if session.video><li>${msg("sessions.list.video")}</li></#if>
        <#if session.votes><li>${msg("sessions.list.votes")}</li></#if>
      </ul>
      </#if>
    </li>
    </#list>
  </ol>
  <#else>
  <p role="status">${filtered?then(msg("sessions.list.noneFound"), msg("sessions.list.empty"))}</p>
  </#if>
  <#if pageCount gt 1>
  <nav class="pagination" aria-label="${msg('sessions.pagination.label')}">
    <ul>
      <#if previousUrl??>
      <li class="pagination__prev"><a href="${previousUrl}" rel="prev">${msg("documents.pagination.previous")}</a></li>
      </#if>
      <li class="pagination__status">${msg("sessions.list.pageOf", page, pageCount)}</li>
      <#if nextUrl??>
      <li class="pagination__next"><a href="${nextUrl}" rel="next">${msg("documents.pagination.next")}</a></li>
      </#if>
    </ul>
  </nav>
  </#if>
  <p class="feed-link"><a href="${feedUrl}" type="application/atom+xml">${msg("sessions.feed.subscribe")}</a></p>
</#if>
</@layout.page>
