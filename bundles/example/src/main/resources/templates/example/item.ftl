<#import "/layout.ftl" as layout>
<@layout.page title=note.title>
  <article class="example-note">
    <h1>${note.title}</h1>
    <p>${note.body}</p>
  </article>
  <p><a href="${home}examples">${msg("example.back")}</a></p>
</@layout.page>
