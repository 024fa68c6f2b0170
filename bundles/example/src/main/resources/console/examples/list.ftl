<#import "/hromada-console/ui.ftl" as ui>
<#assign errorTexts = {}>
<#list errors as field, key><#assign errorTexts = errorTexts + {field: msg(key)}></#list>
<h1>${msg("example.menu")}</h1>
<p>${msg("example.count", total)}</p>
<#if notes?has_content>
<ul class="example-notes">
<#list notes as note><li><a href="${note.url}">${note.title}</a> <@ui.when note.createdAt/></li></#list>
</ul>
<#else>
<p>${msg("example.empty")}</p>
</#if>
<h2 id="new-note">${msg("example.new")}</h2>
<@ui.errors errorTexts/>
<@ui.form action=console.sectionBase attrs={"aria-labelledby": "new-note"}>
  <@ui.field name="title" label=msg("example.field.title") value=form.title error=errorTexts.title!"" required=true/>
  <@ui.textarea name="body" label=msg("example.field.body") value=form.body error=errorTexts.body!""/>
  <@ui.button label=msg("example.add")/>
</@ui.form>
