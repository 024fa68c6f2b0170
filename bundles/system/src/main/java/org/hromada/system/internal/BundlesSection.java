package org.hromada.system.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.security.Roles;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /console/bundles}: every bundle with its state and, when it is not working, why in plain
 * words; a page per bundle; install, update and uninstall through the same checks and deploy path
 * as the bundles API.
 */
@Component(service = ConsoleSection.class)
public class BundlesSection implements ConsoleSection {
    private static final Logger LOG = LoggerFactory.getLogger(BundlesSection.class);
    private static final String T = "console/bundles/";

    private final BundleCatalog catalog;
    private final DeployWatcher watcher;
    private final BundleOperations operations;

    @Activate
    public BundlesSection(@Reference BundleCatalog catalog, @Reference DeployWatcher watcher) {
        this.catalog = catalog;
        this.watcher = watcher;
        this.operations = new BundleOperations(catalog, watcher);
    }

    @Override
    public String id() {
        return "bundles";
    }

    @Override
    public String menuKey() {
        return "bundles.menu";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN, Roles.INTEGRATOR);
    }

    @Override
    public ConsoleResponse handle(ConsoleRequest request) {
        List<String> segments = request.segments();
        try {
            if (segments.isEmpty()) {
                return request.isPost() ? ConsoleResponse.notFound() : list(request);
            }
            String first = segments.get(0);
            if (segments.size() == 1 && first.equals("install")) {
                return request.isPost() ? install(request) : installForm(request, Map.of(), 200);
            }
            Optional<BundleReport> report = first.isEmpty() ? Optional.empty() : catalog.findReport(first);
            if (report.isEmpty()) {
                return ConsoleResponse.notFound();
            }
            if (segments.size() == 1) {
                return request.isPost() ? ConsoleResponse.notFound() : detail(request, report.get(), Map.of(), 200);
            }
            if (segments.size() == 2 && segments.get(1).equals("update") && request.isPost()) {
                return update(request, report.get());
            }
            if (segments.size() == 2 && segments.get(1).equals("uninstall")) {
                return request.isPost() ? uninstall(request, report.get()) : confirmUninstall(report.get());
            }
            return ConsoleResponse.notFound();
        } catch (IOException | RuntimeException e) {
            LOG.error("Bundles console: {} {} failed", request.method(), request.path(), e);
            return new ConsoleResponse.Problem(500, "bundles.error.failed");
        }
    }

    private ConsoleResponse list(ConsoleRequest request) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BundleReport report : catalog.reports()) {
            rows.add(row(report, request.locale()));
        }
        return ConsoleResponse.page("bundles.title", T + "list.ftl",
                Map.of("bundles", rows, "deployOn", watcher.folder().isPresent()));
    }

    private ConsoleResponse detail(ConsoleRequest request, BundleReport report, Map<String, String> errors, int status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("bundle", row(report, request.locale()));
        model.put("errors", errors);
        List<Map<String, Object>> components = new ArrayList<>();
        List<String> services = new ArrayList<>();
        Long id = report.entry().id();
        Optional<Bundle> bundle = id == null ? Optional.empty() : catalog.bundle(id);
        if (bundle.isPresent()) {
            for (ComponentState component : catalog.components(id)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", component.name());
                c.put("state", ConsoleTexts.text(request.locale(), component.stateKey(), List.of()));
                c.put("working", component.reasons().isEmpty());
                c.put("reasons", texts(component.reasons(), request.locale()));
                components.add(c);
            }
            services.addAll(services(bundle.get()));
        }
        model.put("components", components);
        model.put("services", services);
        return new ConsoleResponse.Page(status, "bundles.detail.title", T + "detail.ftl", model);
    }

    private ConsoleResponse installForm(ConsoleRequest request, Map<String, String> errors, int status) {
        return new ConsoleResponse.Page(status, "bundles.install.title", T + "install.ftl",
                Map.of("errors", errors, "deployOn", watcher.folder().isPresent(),
                        "maxMb", BundleOperations.MAX_UPLOAD_BYTES / (1024 * 1024)));
    }

    private ConsoleResponse install(ConsoleRequest request) throws IOException {
        Optional<ConsoleFile> file = request.file("file").filter(f -> f.size() > 0);
        if (file.isEmpty()) {
            return installForm(request, Map.of("file", text(request, "bundles.form.fileMissing")), 422);
        }
        try {
            BundleOperations.Installed installed = receiveAndInstall(file.get(), null, request);
            return ConsoleResponse.redirect(request.sectionBase() + "/" + linkOf(installed.entry()),
                    installed.update() ? "bundles.flash.updated" : "bundles.flash.installed");
        } catch (BundleOperations.Refused e) {
            return installForm(request, Map.of("file", ConsoleTexts.text(request.locale(), e.reason())), 422);
        }
    }

    private ConsoleResponse update(ConsoleRequest request, BundleReport report) throws IOException {
        BundleEntry entry = report.entry();
        if (!BundleOperations.managed(entry) || entry.symbolicName() == null) {
            return ConsoleResponse.conflict("bundles.error.protected");
        }
        Optional<ConsoleFile> file = request.file("file").filter(f -> f.size() > 0);
        if (file.isEmpty()) {
            return detail(request, report, Map.of("file", text(request, "bundles.form.fileMissing")), 422);
        }
        try {
            BundleOperations.Installed installed = receiveAndInstall(file.get(), entry.symbolicName(), request);
            return ConsoleResponse.redirect(request.sectionBase() + "/" + linkOf(installed.entry()),
                    installed.update() ? "bundles.flash.updated" : "bundles.flash.installed");
        } catch (BundleOperations.Refused e) {
            return detail(request, report, Map.of("file", ConsoleTexts.text(request.locale(), e.reason())), 422);
        }
    }

    private BundleOperations.Installed receiveAndInstall(ConsoleFile file, String expected, ConsoleRequest request)
            throws BundleOperations.Refused, IOException {
        if (file.size() > BundleOperations.MAX_UPLOAD_BYTES) {
            throw BundleOperations.tooLarge();
        }
        java.nio.file.Path temp;
        try (InputStream in = Files.newInputStream(file.path())) {
            temp = operations.receive(in);
        }
        return operations.install(temp, null, expected, request.identity());
    }

    private ConsoleResponse confirmUninstall(BundleReport report) {
        if (!BundleOperations.managed(report.entry())) {
            return ConsoleResponse.conflict("bundles.error.protected");
        }
        return ConsoleResponse.page("bundles.uninstall.title", T + "uninstall.ftl",
                Map.of("bundle", Map.of("symbolicName", nonNull(report.entry().symbolicName()),
                        "version", nonNull(report.entry().version()), "file", nonNull(report.entry().file()),
                        "link", linkOf(report.entry()))));
    }

    private ConsoleResponse uninstall(ConsoleRequest request, BundleReport report) throws IOException {
        try {
            operations.uninstall(linkOf(report.entry()), request.identity());
            return ConsoleResponse.redirect(request.sectionBase(), "bundles.flash.uninstalled");
        } catch (BundleOperations.Refused e) {
            return e.status() == 404 ? ConsoleResponse.notFound() : ConsoleResponse.conflict("bundles.error.protected");
        }
    }

    /** One bundle as the templates show it: no nulls, every text in the user's language. */
    Map<String, Object> row(BundleReport report, Locale locale) {
        BundleEntry e = report.entry();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id() == null ? "" : String.valueOf(e.id()));
        row.put("symbolicName", nonNull(e.symbolicName()));
        row.put("name", nonNull(e.name()));
        row.put("version", nonNull(e.version()));
        row.put("state", e.state().toLowerCase(Locale.ROOT));
        row.put("stateText", ConsoleTexts.text(locale, stateKey(e.state()), List.of()));
        String origin = originKey(e, watcher.wasUploaded(e.file()));
        row.put("origin", origin.substring(origin.lastIndexOf('.') + 1));
        row.put("originText", ConsoleTexts.text(locale, origin, List.of()));
        row.put("file", nonNull(e.file()));
        row.put("reasons", texts(report.reasons(), locale));
        row.put("working", report.reasons().isEmpty());
        row.put("managed", BundleOperations.managed(e));
        row.put("link", linkOf(e));
        return row;
    }

    static String stateKey(String state) {
        return "bundle.state." + state;
    }

    static String originKey(BundleEntry entry, boolean uploaded) {
        if (entry.origin().equals(BundleOrigin.DEPLOY.json())) {
            return uploaded ? "bundle.origin.uploaded" : "bundle.origin.deploy";
        }
        return entry.origin().equals(BundleOrigin.FRAMEWORK.json()) ? "bundle.origin.framework" : "bundle.origin.core";
    }

    /** The path segment of a bundle's page: its symbolic name, or its file when it is not a bundle. */
    static String linkOf(BundleEntry entry) {
        return entry.symbolicName() != null ? entry.symbolicName() : nonNull(entry.file());
    }

    private static List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> ConsoleTexts.text(locale, r)).toList();
    }

    private static String text(ConsoleRequest request, String key) {
        return ConsoleTexts.text(request.locale(), key, List.of());
    }

    private static List<String> services(Bundle bundle) {
        TreeSet<String> names = new TreeSet<>();
        try {
            ServiceReference<?>[] registered = bundle.getRegisteredServices();
            for (ServiceReference<?> reference : registered == null ? new ServiceReference<?>[0] : registered) {
                if (reference.getProperty(Constants.OBJECTCLASS) instanceof String[] classes) {
                    names.add(String.join(", ", classes));
                }
            }
        } catch (IllegalStateException uninstalled) {
            // gone meanwhile: nothing to show
        }
        return new ArrayList<>(names);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
