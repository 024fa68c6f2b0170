<#--
  One published session: /sessions/<year>/<segment>-<number>. The video (an embed from
  youtube-nocookie.com for YouTube, a link always), the agenda with drafts, decisions, results and
  roll-call votes (only those the public view shows), the protocol, and the dates of publication and
  of the last update (Art. 15 part 6 of the access law). Names, titles and places are the council's
  own Ukrainian words: on English pages they are marked lang="uk".
-->
<#import "/layout.ftl" as layout>
<#import "/documents/lib.ftl" as d>
<#import "/sessions/lib.ftl" as s>
<#assign heading = s.heading(session)>
<#macro row key value>
  <#if value?has_content>
  <div>
    <dt>${msg(key)}</dt>
    <dd>${value}</dd>
  </div>
  </#if>
</#macro>
<#macro time key value iso>
  <#if value?has_content>
  <div>
    <dt>${msg(key)}</dt>
    <dd><time datetime="${iso}">${value}</time></dd>
  </div>
  </#if>
</#macro>
<#macro document key doc>
  <#if doc?has_content>
  <div>
    <dt>${msg(key)}</dt>
    <dd><a href="${doc.url}">${msg("documents.label", doc.kindName, doc.number)}</a><#if doc.title?has_content>: <span${d.textLang()?no_esc}>${doc.title}</span></#if></dd>
  </div>
  </#if>
</#macro>
<@layout.page title=heading description=(s.bodyKindName(session.bodyKind) + ", " + s.label(session) + ", " + session.heldOn)
    feeds=[{"url": feedUrl, "title": msg("sessions.list.title")}]>
  <nav class="breadcrumbs" aria-label="${msg('documents.breadcrumbs.label')}">
    <ol>
      <li><a href="${home}">${msg("site.nav.home")}</a></li>
      <li><a href="${listUrl}">${msg("sessions.list.title")}</a></li>
      <li><span aria-current="page">${s.label(session)}</span></li>
    </ol>
  </nav>
  <article class="article session">
    <p class="document__label">${s.bodyKindName(session.bodyKind)} · ${s.label(session)} <span class="status status--${session.status}">${s.statusName(session.status)}</span></p>
    <h1${d.textLang()?no_esc}>${heading}</h1>
    <dl class="article__meta document__card">
      <div>
        <dt>${msg("sessions.field.body")}</dt>
        <dd${d.textLang()?no_esc}>${session.bodyName}</dd>
      </div>
      <@row key="sessions.field.convocation" value=session.convocation/>
      <@row key="sessions.field.number" value=session.number/>
      <@time key="sessions.field.date" value=session.heldOn iso=session.heldOnIso/>
      <@row key="sessions.field.startsAt" value=session.startsAt/>
      <#if session.place?has_content>
      <div>
        <dt>${msg("sessions.field.place")}</dt>
        <dd${d.textLang()?no_esc}>${session.place}</dd>
      </div>
      </#if>
      <@row key="sessions.field.status" value=s.statusName(session.status)/>
      <@time key="sessions.field.notice" value=session.notice iso=session.noticeIso/>
      <@time key="sessions.field.published" value=session.published iso=session.publishedIso/>
      <@time key="sessions.field.updated" value=session.updated iso=session.updatedIso/>
    </dl>

    <#if session.videoUrl?has_content>
    <section class="session__video" aria-labelledby="session-video">
      <h2 id="session-video">${msg("sessions.video.title")}</h2>
      <#if session.videoEmbed?has_content>
      <div class="video-frame">
        <iframe src="${session.videoEmbed}" title="${msg('sessions.video.frame', s.label(session), session.heldOn)}"
            loading="lazy" allow="fullscreen; picture-in-picture; encrypted-media" allowfullscreen
            referrerpolicy="strict-origin-when-cross-origin"></iframe>
      </div>
      </#if>
      <p><a href="${session.videoUrl}" rel="noopener">${msg("sessions.video.link")}</a><#if session.videoPublished?has_content> · ${msg("sessions.video.published")} <time datetime="${session.videoPublishedIso}">${session.videoPublished}</time></#if></p>
    </section>
    </#if>

    <section class="agenda" aria-labelledby="session-agenda">
      <h2 id="session-agenda">${msg("sessions.agenda.title")}</h2>
      <#if session.items?has_content>
      <ol class="agenda__items">
        <#list session.items as item>
        <li class="agenda__item" value="${item.position}" id="item-${item.position}">
          <h3 class="agenda__title"${d.textLang()?no_esc}>${item.title}</h3>
          <dl class="agenda__facts">
            <@document key="sessions.item.draft" doc=item.draft/>
            <@document key="sessions.item.decision" doc=item.decision/>
            <div>
              <dt>${msg("sessions.item.result")}</dt>
              <dd class="result result--${item.result}">${msg("sessions.result." + item.result)}</dd>
            </div>
            <@time key="sessions.item.voteHeld" value=item.voteHeld iso=item.voteHeldIso/>
          </dl>
          <#if item.secretBallot>
          <p class="agenda__note">${msg("sessions.votes.secret")}</p>
          <#elseif item.votesShown>
          <details class="votes">
            <summary>${msg("sessions.votes.summary")}<#list item.totals as choice, n> · ${msg("sessions.total." + choice)}: ${n?c}</#list></summary>
            <table class="votes__table">
              <caption>${msg("sessions.votes.caption", item.position)}</caption>
              <thead>
                <tr><th scope="col">${msg("sessions.votes.deputy")}</th><th scope="col">${msg("sessions.votes.choice")}</th></tr>
              </thead>
              <tbody>
                <#list item.votes as v>
                <tr><th scope="row"${d.textLang()?no_esc}>${v.deputy}</th><td class="vote vote--${v.choice}">${msg("sessions.vote." + v.choice)}</td></tr>
                </#list>
              </tbody>
              <tfoot>
                <#list item.totals as choice, n>
                <tr><th scope="row">${msg("sessions.total." + choice)}</th><td>${n?c}</td></tr>
                </#list>
              </tfoot>
            </table>
            <p class="agenda__note">${msg("sessions.votes.published")} <time datetime="${item.votesPublishedIso}">${item.votesPublished}</time></p>
          </details>
          <#elseif item.voteHeld?has_content>
          <p class="agenda__note">${msg("sessions.votes.pending")}</p>
          </#if>
        </li>
        </#list>
      </ol>
      <#else>
      <p>${msg("sessions.agenda.empty")}</p>
      </#if>
    </section>

    <#if session.protocol?has_content>
    <section class="session__protocol" aria-labelledby="session-protocol">
      <h2 id="session-protocol">${msg("sessions.protocol.title")}</h2>
      <p><a href="${session.protocol.url}">${msg("documents.label", session.protocol.kindName, session.protocol.number)}</a><#if session.protocol.title?has_content>: <span${d.textLang()?no_esc}>${session.protocol.title}</span></#if></p>
    </section>
    </#if>
    <#if session.bodyKind == "plenary" && session.convocation?has_content>
    <p class="session__register"><a href="${home}documents?convocation=${session.convocation?url}&amp;session=${session.number?url}">${msg("sessions.register.link")}</a></p>
    </#if>
  </article>
  <p class="more"><a href="${listUrl}">${msg("sessions.back")}</a></p>
  <p class="feed-link"><a href="${feedUrl}" type="application/atom+xml">${msg("sessions.feed.subscribe")}</a></p>
</@layout.page>
