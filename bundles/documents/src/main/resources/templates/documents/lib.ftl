<#--
  Shared pieces of the register's pages. Import with <#import "/documents/lib.ftl" as d>.
  A status is stored as a key (in_force); its words come from documents.status.<key>.
-->
<#function statusName key>
  <#return msg("documents.status." + key)>
</#function>

<#-- A document's kind and number, e.g. "Рішення ради № 2101-VIII". -->
<#function label doc>
  <#return msg("documents.label", doc.kindName, doc.number)>
</#function>

<#-- Documents are written in Ukrainian: on English pages their own texts are marked as such. -->
<#function textLang>
  <#return (lang == "uk")?then("", " lang=\"uk\"")>
</#function>
