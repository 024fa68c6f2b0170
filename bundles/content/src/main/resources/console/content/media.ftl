<#import "/hromada-console/ui.ftl" as ui>
<#-- The media picker: a full page without script, the content of a dialog with it. -->
<div class="media-picker" data-picker-for="${for}">
<#if !available>
  <div class="notice" role="status">${msg("content.media.absent")}</div>
<#else>
  <form method="get" action="${base}/media" role="search" class="filters">
    <input type="hidden" name="for" value="${for}">
    <@ui.select name="kind" label=msg("content.media.kind") value=kind options=[
        {"value": "", "label": msg("content.filter.any")},
        {"value": "image", "label": msg("content.media.kind.image")},
        {"value": "document", "label": msg("content.media.kind.document")}]/>
    <@ui.field name="q" type="search" label=msg("content.filter.q") value=q/>
    <@ui.button label=msg("content.filter.apply") kind="secondary"/>
  </form>
  <#if files?has_content>
  <#if for?has_content>
  <@ui.form action=base + "/" + for + "/cover">
  <ul class="media-grid">
  <#list files as f>
    <li id="m-${f.id}">
      <#if f.image><img src="${f.thumb}" alt="${f.alt}" width="160" loading="lazy"><#else><span class="doc">${f.filename}</span></#if>
      <p class="hint">#${f.id} · ${f.title?has_content?then(f.title, f.filename)}<#if f.image> · ${msg("content.media.alt")}: ${f.alt}</#if></p>
      <#if f.image><button type="submit" class="button secondary" name="coverId" value="${f.id}" data-cover-id="${f.id}" data-cover-thumb="${f.thumb}" data-cover-alt="${f.alt}">${msg("content.media.useAsCover")}</button></#if>
      <button type="button" class="button secondary" data-insert-url="${f.url}" data-insert-image="${f.image?c}" data-insert-alt="${f.alt}" data-insert-name="${f.title?has_content?then(f.title, f.filename)}" hidden>${msg("content.media.insertIt")}</button>
      <input type="text" readonly value="${f.url}" aria-label="${msg("content.media.url")}">
    </li>
  </#list>
  </ul>
  </@ui.form>
  <#else>
  <ul class="media-grid">
  <#list files as f>
    <li id="m-${f.id}">
      <#if f.image><img src="${f.thumb}" alt="${f.alt}" width="160" loading="lazy"><#else><span class="doc">${f.filename}</span></#if>
      <p class="hint">#${f.id} · ${f.title?has_content?then(f.title, f.filename)}<#if f.image> · ${msg("content.media.alt")}: ${f.alt}</#if></p>
      <#if f.image><button type="button" class="button secondary" data-cover-id="${f.id}" data-cover-thumb="${f.thumb}" data-cover-alt="${f.alt}" hidden>${msg("content.media.useAsCover")}</button></#if>
      <button type="button" class="button secondary" data-insert-url="${f.url}" data-insert-image="${f.image?c}" data-insert-alt="${f.alt}" data-insert-name="${f.title?has_content?then(f.title, f.filename)}" hidden>${msg("content.media.insertIt")}</button>
      <input type="text" readonly value="${f.url}" aria-label="${msg("content.media.url")}">
    </li>
  </#list>
  </ul>
  </#if>
  <@ui.pagination page=page size=size total=total base=base + "/media" query=query/>
  <#else>
  <p class="empty">${msg("content.media.empty")}</p>
  </#if>
  <section aria-labelledby="upload-h">
    <h2 id="upload-h">${msg("content.media.upload")}</h2>
    <#if uploadError??><div class="notice notice-error" role="alert">${msg(uploadError)}<#if (uploadDetail!"")?has_content> <span class="hint">(${uploadDetail})</span></#if></div></#if>
    <@ui.form action=base + "/media" multipart=true>
      <input type="hidden" name="for" value="${for}">
      <input type="hidden" name="kind" value="${kind}">
      <div class="field"><label for="f-file">${msg("content.media.file")} <span class="req" aria-hidden="true">*</span></label>
        <input id="f-file" name="file" type="file" required></div>
      <@ui.field name="alt" label=msg("content.media.alt") value=(uploadAlt!"") hint=msg("content.media.altHint")/>
      <@ui.field name="title" label=msg("content.media.fileTitle") value=(uploadTitle!"")/>
      <@ui.button label=msg("content.media.uploadIt")/>
    </@ui.form>
  </section>
</#if>
</div>
