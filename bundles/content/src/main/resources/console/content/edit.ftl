<#import "/hromada-console/ui.ftl" as ui>
<#import "lib.ftl" as c>
<#if item??>
<@c.tabs item=item current="edit"/>
<p class="meta"><@c.status item.status/> · ${msg("content.field.author")}: ${item.author} · ${msg("content.field.updated")}: <@ui.when item.updatedAt/><#if item.publishAt??> · ${msg("content.field.publishAt")}: <@ui.when item.publishAt/></#if></p>
</#if>
<#if problem?has_content><div class="notice notice-error" role="alert">${msg(problem)}</div></#if>
<#if !canEdit><div class="notice" role="status">${msg("content.edit.readOnly")}</div></#if>
<#assign shown = {}><#list errors as f, k><#if f != "form"><#assign shown = shown + {f: msg(k)}></#if></#list>
<@ui.errors errors=shown/>
<@ui.form action=formAction attrs={"id": "item-form", "class": "item-form", "novalidate": "novalidate"}>
  <#if !isNew><input type="hidden" name="version" value="${form.version}"></#if>
  <@ui.field name="title" label=msg("content.field.title") value=form.title error=c.err(errors, "title") required=true/>
  <@ui.field name="slug" label=msg("content.field.slug") value=form.slug error=c.err(errors, "slug") hint=msg("content.hint.slug")/>
  <@ui.textarea name="summary" label=msg("content.field.summary") value=form.summary rows=3 error=c.err(errors, "summary") hint=msg("content.hint.summary")/>
  <@ui.textarea name="body" label=msg("content.field.body") value=form.body rows=18 error=c.err(errors, "body") attrs={"data-rich-text": "true", "data-lang": console.lang}/>
  <details class="insert-media">
    <summary>${msg("content.media.insert")}</summary>
    <p><a href="${base}/media?mode=insert" target="_blank" rel="noopener" data-media-dialog="insert">${msg("content.media.insertLink")}</a></p>
  </details>
  <div class="field-row">
    <@ui.select name="language" label=msg("content.field.language") value=form.language error=c.err(errors, "language")
        options=languages?map(l -> {"value": l, "label": msg("content.language." + l)})/>
    <@ui.field name="section" label=msg("content.field.section") value=form.section error=c.err(errors, "section") hint=msg("content.hint.section")/>
  </div>
  <@ui.field name="tags" label=msg("content.field.tags") value=form.tags error=c.err(errors, "tags") hint=msg("content.hint.tags")/>
  <@ui.field name="translationOf" type="number" label=msg("content.field.translationOf") value=form.translationOf error=c.err(errors, "translationOf") hint=msg("content.hint.translationOf") attrs={"min": "1"}/>
  <#if isPage>
  <div class="field-row">
    <@ui.field name="parentId" type="number" label=msg("content.field.parentId") value=form.parentId error=c.err(errors, "parentId") hint=msg("content.hint.parentId") attrs={"min": "1"}/>
    <@ui.field name="position" type="number" label=msg("content.field.position") value=form.position error=c.err(errors, "position") attrs={"min": "0"}/>
  </div>
  </#if>
  <@ui.checkbox name="pinned" label=msg("content.field.pinned") checked=form.pinned?has_content/>
  <fieldset class="cover">
    <legend>${msg("content.field.cover")}</legend>
    <div id="cover-preview"><#if cover.thumb??><img src="${cover.thumb}" alt="${cover.alt}" width="160"></#if></div>
    <@ui.field name="coverId" type="number" label=msg("content.field.coverId") value=form.coverId error=c.err(errors, "coverId") hint=msg("content.hint.coverId") attrs={"min": "1"}/>
    <#if mediaAvailable>
    <p><a href="${mediaLink}" data-media-dialog="cover">${msg("content.media.choose")}</a></p>
    <#else>
    <p class="hint">${msg("content.media.absent")}</p>
    </#if>
    <@ui.field name="coverAlt" label=msg("content.field.coverAlt") value=form.coverAlt error=c.err(errors, "coverAlt") hint=msg("content.hint.coverAlt")/>
  </fieldset>
  <div class="field-row">
    <@ui.field name="publishAt" type="datetime-local" label=msg("content.field.publishAt") value=form.publishAt error=c.err(errors, "publishAt") hint=msg("content.hint.kyiv")/>
    <@ui.field name="unpublishAt" type="datetime-local" label=msg("content.field.unpublishAt") value=form.unpublishAt error=c.err(errors, "unpublishAt") hint=msg("content.hint.kyiv")/>
  </div>
  <#if errors.form??><p class="field-error">${msg(errors.form)}</p></#if>
  <div class="buttons">
    <#if canEdit><@ui.button label=msg(isNew?then("content.action.create", "content.action.save"))/></#if>
    <#if previewAvailable>
    <@ui.button label=msg("content.action.preview") kind="secondary" attrs={"formaction": previewAction, "formtarget": "_blank"}/>
    <#if !isNew><a class="button secondary" href="${previewAction}" target="_blank" rel="noopener">${msg("content.action.previewSaved")}</a></#if>
    </#if>
  </div>
</@ui.form>
<#if !isNew>
<#if actions?has_content>
<section class="workflow" aria-labelledby="workflow-h">
  <h2 id="workflow-h">${msg("content.workflow.title")}</h2>
  <#list actions as step>
    <#if step == "schedule">
    <@ui.form action=item.href + "/action" attrs={"class": "inline-form"}>
      <input type="hidden" name="step" value="schedule">
      <div class="field"><label for="schedule-at">${msg("content.field.scheduleAt")}</label>
        <input id="schedule-at" name="publishAt" type="datetime-local" value="${form.publishAt}" required></div>
      <@ui.button label=msg("content.step.schedule") kind="secondary"/>
    </@ui.form>
    <#else>
    <@ui.form action=item.href + "/action" attrs={"class": "inline-form"}>
      <input type="hidden" name="step" value="${step}">
      <@ui.button label=msg("content.step." + step) kind=(step == "unpublish")?then("danger", (step == "publish")?then("primary", "secondary"))/>
    </@ui.form>
    </#if>
  </#list>
</section>
</#if>
<#if canEdit><p><a class="button danger" href="${item.href}/delete">${msg("content.action.delete")}</a></p></#if>
</#if>
<dialog id="media-dialog" aria-labelledby="media-dialog-title"><h2 id="media-dialog-title">${msg("content.media.title")}</h2><div class="dialog-body"></div><form method="dialog"><button class="button secondary">${msg("content.media.close")}</button></form></dialog>
<#if (console.assets.tinymce)??>
<script src="${console.assets.tinymce}tinymce.min.js"></script>
<script src="${(console.assets.tinymceI18n)!"/console/assets/tinymce-i18n.js"}?lang=${console.lang}"></script>
</#if>
<script src="${base}/editor.js"></script>
