<#import "/hromada-console/ui.ftl" as ui>
<p class="meta"><a href="${session.href}#agenda">${msg("sessions.edit.heading", session.bodyName, session.number, session.heldOn)}</a></p>
<h1>${msg("sessions.votes.title")}: ${item.title}</h1>
<#if problem?has_content><div class="notice notice-error" role="alert">${msg(problem)}</div></#if>
<#if item.secretBallot>
<p class="notice">${msg("sessions.votes.secret")}</p>
<#else>
<section aria-labelledby="totals-h">
  <h2 id="totals-h">${msg("sessions.votes.totals")}</h2>
  <ul class="totals">
  <#list item.totals as choice, n><li>${msg("sessions.choice." + choice)}: <strong>${n}</strong></li></#list>
  </ul>
</section>
<@ui.form action=formAction attrs={"id": "votes-form"}>
  <input type="hidden" name="rows" value="${rowCount}">
  <p class="hint">${msg("sessions.votes.hint")}</p>
  <@ui.tableScroll label=msg("sessions.votes.title")>
  <table class="table votes">
    <thead><tr>
      <th scope="col">${msg("sessions.votes.deputy")}</th>
      <#list choices as c><th scope="col">${msg("sessions.choice." + c)}</th></#list>
    </tr></thead>
    <tbody>
    <#list rows as r>
      <tr<#if r.error?has_content> class="invalid"</#if>>
        <td><label class="visually-hidden" for="deputy${r.index}">${msg("sessions.votes.deputy")} ${r.index + 1}</label>
          <input id="deputy${r.index}" name="deputy${r.index}" type="text" value="${r.deputy}"<#if r.error?has_content> aria-invalid="true" aria-describedby="e-vote${r.index}"</#if>>
          <#if r.error?has_content><p class="field-error" id="e-vote${r.index}">${msg(r.error)}</p></#if></td>
        <#list choices as c>
        <td><input type="radio" name="choice${r.index}" value="${c}" id="c${r.index}-${c}"<#if r.choice == c> checked</#if>><label class="visually-hidden" for="c${r.index}-${c}">${msg("sessions.choice." + c)}</label></td>
        </#list>
      </tr>
    </#list>
    </tbody>
  </table>
  </@ui.tableScroll>
  <div class="buttons"><@ui.button label=msg("sessions.votes.save")/></div>
</@ui.form>
</#if>
