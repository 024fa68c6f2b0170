<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("tokens.created.title")}</h1>
<div class="notice" role="status">
  <p>${msg("tokens.created.once", token.name)}</p>
  <label for="token-secret">${msg("tokens.created.secret")}</label>
  <input id="token-secret" type="text" readonly value="${secret}" size="50" aria-describedby="token-secret-hint" onfocus="this.select()">
  <p class="hint" id="token-secret-hint">${msg("tokens.created.copyHint")}</p>
  <p class="hint">${msg("tokens.created.usage")} <code>Authorization: Bearer …</code></p>
</div>
<dl class="summary">
  <dt>${msg("tokens.role")}</dt><dd>${msg("role." + token.role)}</dd>
  <dt>${msg("tokens.expiresAt")}</dt><dd><@ui.when token.expiresAt/></dd>
</dl>
<p><@ui.linkButton href=console.sectionBase label=msg("tokens.back")/></p>
