package org.hromada.system.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Every bundle with its problems in plain words, plus the deploy files that could not be
 * installed: what the bundles API lists.
 */
@Component(service = BundleCatalog.class)
public class BundleCatalog {

    @Reference
    private DeployWatcher watcher;

    /** Optional: without SCR there are no components to report on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    private BundleContext context;
    private BundleDiagnostics diagnostics;

    public BundleCatalog() {
        // for DS
    }

    /** For tests, without DS. */
    BundleCatalog(DeployWatcher watcher, BundleContext context) {
        this.watcher = watcher;
        activate(context);
    }

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
        diagnostics = new BundleDiagnostics(context.getBundle(0).adapt(FrameworkWiring.class),
                System.getProperty("java.specification.version"));
    }

    /** Sorted by bundle id; files that are not installed last, by file name. */
    public List<BundleEntry> all() {
        String prefix = watcher.locationPrefix();
        Map<Long, DeployRecord> recordsById = new HashMap<>();
        List<BundleEntry> entries = new ArrayList<>();
        Map<Long, List<String>> componentProblems = componentProblems();
        for (DeployRecord record : watcher.records()) {
            if (record.bundleId() != null && context.getBundle(record.bundleId()) != null) {
                recordsById.put(record.bundleId(), record);
            } else {
                entries.add(new BundleEntry(null, record.symbolicName(), null, record.version(), BundleEntry.FAILED,
                        BundleOrigin.DEPLOY.json(), record.file(), problemsOf(record)));
            }
        }
        for (Bundle bundle : context.getBundles()) {
            long id = bundle.getBundleId();
            BundleOrigin origin = BundleOrigin.of(id, bundle.getLocation(), prefix);
            List<String> problems = new ArrayList<>(diagnostics.problems(bundle, recordsById.get(id)));
            problems.addAll(componentProblems.getOrDefault(id, List.of()));
            entries.add(new BundleEntry(id, bundle.getSymbolicName(), bundle.getHeaders().get("Bundle-Name"),
                    bundle.getVersion().toString(), stateName(bundle.getState()), origin.json(),
                    origin == BundleOrigin.DEPLOY ? BundleOrigin.fileNameOf(bundle.getLocation()) : null, problems));
        }
        entries.sort(Comparator.comparing(BundleEntry::id, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BundleEntry::file, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    /**
     * An installed bundle by symbolic name (the lowest id if several versions are installed), else
     * a failed deploy file by symbolic name, else a deploy file by file name (a file that is not a
     * bundle has no symbolic name).
     */
    public Optional<BundleEntry> find(String nameOrFile) {
        List<BundleEntry> all = all();
        return all.stream().filter(e -> e.id() != null && nameOrFile.equals(e.symbolicName())).findFirst()
                .or(() -> all.stream().filter(e -> nameOrFile.equals(e.symbolicName())).findFirst())
                .or(() -> all.stream().filter(e -> nameOrFile.equals(e.file())).findFirst());
    }

    private static List<String> problemsOf(DeployRecord record) {
        List<String> problems = new ArrayList<>();
        if (record.deployProblem() != null) {
            problems.add(record.deployProblem());
        }
        if (record.startProblem() != null) {
            problems.add(record.startProblem());
        }
        return problems;
    }

    private Map<Long, List<String>> componentProblems() {
        ServiceComponentRuntime runtime = scr;
        Map<Long, List<String>> problems = new HashMap<>();
        if (runtime == null) {
            return problems;
        }
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            List<String> words = ComponentWording.problems(description, runtime.isComponentEnabled(description),
                    runtime.getComponentConfigurationDTOs(description));
            if (!words.isEmpty()) {
                problems.computeIfAbsent(description.bundle.id, id -> new ArrayList<>()).addAll(words);
            }
        }
        return problems;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN";
        };
    }
}
