<#import "/hromada-console/ui.ftl" as ui>
<h1>${msg("bundles.uninstall.title")}</h1>
<p>${msg("bundles.uninstall.question", bundle.symbolicName?has_content?then(bundle.symbolicName, bundle.file), bundle.version, bundle.file)}</p>
<@ui.form action="${console.sectionBase}/${bundle.link?url('UTF-8')}/uninstall">
  <@ui.button label=msg("bundles.uninstall.confirm") kind="danger"/>
  <@ui.linkButton href="${console.sectionBase}/${bundle.link?url('UTF-8')}" label=msg("bundles.uninstall.cancel")/>
</@ui.form>
