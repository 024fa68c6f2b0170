<#-- The home page of the content bundle (route "/"): pinned news, latest news, announcements, quick links. -->
<#import "/layout.ftl" as layout>
<#import "/content/lib.ftl" as c>
<@layout.page title=siteName description=msg("home.description")
    feeds=[{"url": newsFeedUrl, "title": msg("content.news.title")},
           {"url": announcementsFeedUrl, "title": msg("content.announcements.title")}]>
  <h1 class="home-title">${siteName}</h1>
  <p class="lead">${msg("home.welcome")}</p>
  <#if pinned?has_content>
  <section class="home-pinned" aria-labelledby="home-pinned">
    <h2 id="home-pinned">${msg("content.home.pinned")}</h2>
    <@c.teasers items=pinned level=3 cssClass="teasers--pinned"/>
  </section>
  </#if>
  <div class="home-grid">
    <section class="home-news" aria-labelledby="home-news">
      <h2 id="home-news">${msg("content.home.news")}</h2>
      <#if news?has_content>
      <@c.teasers items=news level=3/>
      <#else>
      <p>${msg("content.home.noNews")}</p>
      </#if>
      <p class="more"><a href="${newsUrl}">${msg("content.home.allNews")}</a></p>
    </section>
    <div class="home-side">
      <section class="home-announcements" aria-labelledby="home-announcements">
        <h2 id="home-announcements">${msg("content.home.announcements")}</h2>
        <#if announcements?has_content>
        <@c.teasers items=announcements level=3 showSection=false cssClass="teasers--compact"/>
        <#else>
        <p>${msg("content.home.noAnnouncements")}</p>
        </#if>
        <p class="more"><a href="${announcementsUrl}">${msg("content.home.allAnnouncements")}</a></p>
      </section>
      <section class="home-links" aria-labelledby="home-links">
        <h2 id="home-links">${msg("content.home.links")}</h2>
        <ul class="quick-links">
          <#list pages as p>
          <li><a href="${p.url}">${p.title}</a></li>
          </#list>
          <li><a href="${materialsUrl}">${msg("content.home.materials")}</a></li>
        </ul>
      </section>
    </div>
  </div>
</@layout.page>
