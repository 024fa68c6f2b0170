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
        return reports().stream().map(BundleReport::entry).toList();
    }

    /** {@link #all()} with the reasons' message keys, for the console. */
    List<BundleReport> reports() {
        String prefix = watcher.locationPrefix();
        Map<Long, DeployRecord> recordsById = new HashMap<>();
        List<BundleReport> entries = new ArrayList<>();
        Map<Long, List<Reason>> componentProblems = componentProblems();
        for (DeployRecord record : watcher.records()) {
            if (record.bundleId() != null && context.getBundle(record.bundleId()) != null) {
                recordsById.put(record.bundleId(), record);
            } else {
                entries.add(BundleReport.of(new BundleEntry(null, record.symbolicName(), null, record.version(),
                        BundleEntry.FAILED, BundleOrigin.DEPLOY.json(), record.file(), List.of()), problemsOf(record)));
            }
        }
        for (Bundle bundle : context.getBundles()) {
            long id = bundle.getBundleId();
            BundleOrigin origin = BundleOrigin.of(id, bundle.getLocation(), prefix);
            List<Reason> problems = new ArrayList<>(diagnostics.reasons(bundle, recordsById.get(id)));
            problems.addAll(componentProblems.getOrDefault(id, List.of()));
            entries.add(BundleReport.of(new BundleEntry(id, bundle.getSymbolicName(), bundle.getHeaders().get("Bundle-Name"),
                    bundle.getVersion().toString(), stateName(bundle.getState()), origin.json(),
                    origin == BundleOrigin.DEPLOY ? BundleOrigin.fileNameOf(bundle.getLocation()) : null, List.of()),
                    problems));
        }
        entries.sort(Comparator.comparing((BundleReport r) -> r.entry().id(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.entry().file(), Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    /** A report by symbolic name or file, chosen as {@link #find} chooses. */
    Optional<BundleReport> findReport(String nameOrFile) {
        List<BundleReport> all = reports();
        return all.stream().filter(r -> r.entry().id() != null && nameOrFile.equals(r.entry().symbolicName())).findFirst()
                .or(() -> all.stream().filter(r -> nameOrFile.equals(r.entry().symbolicName())).findFirst())
                .or(() -> all.stream().filter(r -> nameOrFile.equals(r.entry().file())).findFirst());
    }

    /** The framework's bundle, for the console's detail page. */
    Optional<org.osgi.framework.Bundle> bundle(long id) {
        return Optional.ofNullable(context.getBundle(id));
    }

    /** The DS components of a bundle, with their state and reasons; empty without SCR. */
    List<ComponentState> components(long bundleId) {
        ServiceComponentRuntime runtime = scr;
        List<ComponentState> states = new ArrayList<>();
        if (runtime == null) {
            return states;
        }
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (description.bundle.id != bundleId) {
                continue;
            }
            boolean enabled = runtime.isComponentEnabled(description);
            var configurations = runtime.getComponentConfigurationDTOs(description);
            int state = configurations.stream().mapToInt(c -> c.state).max().orElse(0);
            states.add(new ComponentState(description.name, enabled ? ComponentState.stateKey(state)
                    : ComponentState.DISABLED, ComponentWording.reasons(description, enabled, configurations)));
        }
        states.sort(Comparator.comparing(ComponentState::name));
        return states;
    }

    /**
     * An installed bundle by symbolic name (the lowest id if several versions are installed), else
     * a failed deploy file by symbolic name, else a deploy file by file name (a file that is not a
     * bundle has no symbolic name).
     */
    public Optional<BundleEntry> find(String nameOrFile) {
        return findReport(nameOrFile).map(BundleReport::entry);
    }

    private static List<Reason> problemsOf(DeployRecord record) {
        List<Reason> problems = new ArrayList<>();
        if (record.deployReason() != null) {
            problems.add(record.deployReason());
        }
        if (record.startReason() != null) {
            problems.add(record.startReason());
        }
        return problems;
    }

    private Map<Long, List<Reason>> componentProblems() {
        ServiceComponentRuntime runtime = scr;
        Map<Long, List<Reason>> problems = new HashMap<>();
        if (runtime == null) {
            return problems;
        }
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            List<Reason> words = ComponentWording.reasons(description, runtime.isComponentEnabled(description),
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
