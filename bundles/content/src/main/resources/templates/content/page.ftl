<#-- A page of the page tree: /pages/{slug}, with breadcrumbs from its parents and its child pages. -->
<#import "/layout.ftl" as layout>
<#import "/content/lib.ftl" as c>
<@layout.page title=page.title description=page.summary head=true; part>
<#if part == "head">
  <@c.metadata title=page.title description=page.summary url=ogUrl type="website"/>
<#else>
  <@c.breadcrumbs crumbs=crumbs/>
  <article class="article">
    <h1>${page.title}</h1>
    <#if page.showSummary>
    <p class="lead">${page.summary}</p>
    </#if>
    <#-- The body was sanitised when it was saved (RichText): only allow-listed HTML is in it. -->
    <div class="article__body">${page.body?no_esc}</div>
    <#if children?has_content>
    <section class="subpages" aria-labelledby="subpages">
      <h2 id="subpages">${msg("content.page.children")}</h2>
      <ul class="subpage-list">
        <#list children as child>
        <li>
          <a href="${child.url}">${child.title}</a>
          <#if child.summary?has_content><p>${child.summary}</p></#if>
        </li>
        </#list>
      </ul>
    </section>
    </#if>
    <dl class="article__meta article__dates">
      <div>
        <dt>${msg("content.item.published")}</dt>
        <dd><time datetime="${page.datetime}">${page.date}</time></dd>
      </div>
      <div>
        <dt>${msg("content.item.updated")}</dt>
        <dd><time datetime="${page.updatedDatetime}">${page.updated}</time></dd>
      </div>
    </dl>
  </article>
</#if>
</@layout.page>
