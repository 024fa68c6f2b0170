<#--
  Shared pieces of the session pages. Import with <#import "/sessions/lib.ftl" as s>.
  Body kinds, statuses, results and votes are stored as keys (plenary, held, adopted, for); their
  words come from sessions.bodyKind.<key>, sessions.status.<key>, sessions.result.<key>, sessions.vote.<key>.
-->
<#function statusName key>
  <#return msg("sessions.status." + key)>
</#function>

<#function bodyKindName key>
  <#return msg("sessions.bodyKind." + key)>
</#function>

<#-- "Сесія № 52" for the council in plenary, "Засідання № 3" for its other bodies. -->
<#function label session>
  <#return msg((session.bodyKind == "plenary")?then("sessions.number.plenary", "sessions.number.meeting"), session.number)>
</#function>

<#-- The session's own name: its title, or its body and number when it has none. -->
<#function heading session>
  <#return session.title?has_content?then(session.title, session.bodyName + ", " + label(session))>
</#function>
