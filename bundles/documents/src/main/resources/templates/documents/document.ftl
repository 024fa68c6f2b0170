<#--
  One published document: /documents/<segment>/<year>/<number>. Shows the dates of publication and of
  the last update (Art. 15 part 6 of the access law), its status, and a note on the current wording
  when later acts amend or repeal it.
-->
<#import "/layout.ftl" as layout>
<#import "/documents/lib.ftl" as d>
<#macro row key value>
  <#if value?has_content>
  <div>
    <dt>${msg(key)}</dt>
    <dd>${value}</dd>
  </div>
  </#if>
</#macro>
<@layout.page title=(d.label(doc) + ": " + doc.title) description=doc.summary
    feeds=[{"url": feedUrl, "title": doc.kindName}]>
  <nav class="breadcrumbs" aria-label="${msg('documents.breadcrumbs.label')}">
    <ol>
      <li><a href="${home}">${msg("site.nav.home")}</a></li>
      <li><a href="${registerUrl}">${msg("documents.register.title")}</a></li>
      <li><a href="${kindUrl}">${doc.kindName}</a></li>
      <li><span aria-current="page">№ ${doc.number}</span></li>
    </ol>
  </nav>
  <article class="article document">
    <p class="document__label">${d.label(doc)} <span class="status status--${doc.status}">${d.statusName(doc.status)}</span></p>
    <h1${d.textLang()?no_esc}>${doc.title}</h1>
    <#if repealed>
    <p class="notice" role="note">${msg("documents.wording.repealed")}</p>
    <#elseif amended>
    <p class="notice" role="note">${msg("documents.wording.amended")}</p>
    </#if>
    <dl class="article__meta document__card">
      <div>
        <dt>${msg("documents.field.adopted")}</dt>
        <dd><time datetime="${doc.adoptedIso}">${doc.adopted}</time></dd>
      </div>
      <@row key="documents.field.body" value=doc.issuingBody/>
      <@row key="documents.field.convocation" value=doc.convocation/>
      <@row key="documents.field.session" value=doc.session/>
      <@row key="documents.field.department" value=doc.department/>
      <#if doc.inForce?has_content>
      <div>
        <dt>${msg("documents.field.inForce")}</dt>
        <dd><time datetime="${doc.inForceIso}">${doc.inForce}</time></dd>
      </div>
      </#if>
      <#if doc.normative || doc.regulatory>
      <div>
        <dt>${msg("documents.field.character")}</dt>
        <dd><#if doc.normative>${msg("documents.field.normative")}</#if><#if doc.normative && doc.regulatory>, </#if><#if doc.regulatory>${msg("documents.field.regulatory")}</#if></dd>
      </div>
      </#if>
      <div>
        <dt>${msg("documents.field.published")}</dt>
        <dd><time datetime="${doc.publishedIso}">${doc.published}</time></dd>
      </div>
      <div>
        <dt>${msg("documents.field.updated")}</dt>
        <dd><time datetime="${doc.updatedIso}">${doc.updated}</time></dd>
      </div>
    </dl>
    <#if doc.summary?has_content>
    <p class="lead"${d.textLang()?no_esc}>${doc.summary}</p>
    </#if>
    <#if doc.paragraphs?has_content>
    <div class="article__body"${d.textLang()?no_esc}>
      <#list doc.paragraphs as p>
      <p>${p}</p>
      </#list>
    </div>
    </#if>
    <#if attachments?has_content>
    <section class="document__files" aria-labelledby="document-files">
      <h2 id="document-files">${msg("documents.files.title")}</h2>
      <ul>
        <#list attachments as f>
        <li><a href="${f.url}"${d.textLang()?no_esc}>${f.title}</a>
          <span class="document__file-meta">(${f.format}<#if f.format?has_content>, </#if><#if f.megabytes??>${msg("documents.files.mb", f.megabytes)}<#else>${msg("documents.files.kb", f.kilobytes)}</#if>)</span></li>
        </#list>
      </ul>
    </section>
    </#if>
    <#if links?has_content>
    <section class="document__links" aria-labelledby="document-history">
      <h2 id="document-history">${msg("documents.history.title")}</h2>
      <#list links as type, rows>
      <h3>${msg("documents.link." + type)}</h3>
      <ul>
        <#list rows as r>
        <li><a href="${r.url}">${msg("documents.label", r.kindName, r.number)}</a> ${msg("documents.from")} ${r.adopted}: <span${d.textLang()?no_esc}>${r.title}</span></li>
        </#list>
      </ul>
      </#list>
    </section>
    </#if>
  </article>
  <p class="more"><a href="${kindUrl}">${msg("documents.back", doc.kindName)}</a></p>
</@layout.page>
