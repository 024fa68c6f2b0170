package org.hromada.console.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Identity;
import org.osgi.framework.Bundle;

/**
 * The sections and widgets currently published, with the bundle of each, keyed by service id. A
 * section id taken by the console itself ({@link #RESERVED}) or already taken is ignored (first
 * come, first served; the other reappears when the first goes).
 */
final class SectionRegistry {
    static final Set<String> RESERVED = Set.of("assets", "sign-in", "sign-out", "lang");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9\\-]*");

    record Entry<T>(T service, Bundle bundle, long serviceId) {
    }

    /** The section a path goes to, and the path below it ({@code ""} or starting with {@code /}). */
    record Route(Entry<ConsoleSection> section, String id, String rest) {
    }

    private final Map<Long, Entry<ConsoleSection>> sections = new ConcurrentHashMap<>();
    private final Map<Long, Entry<ConsoleWidget>> widgets = new ConcurrentHashMap<>();

    void addSection(ConsoleSection section, Bundle bundle, long serviceId) {
        sections.put(serviceId, new Entry<>(section, bundle, serviceId));
    }

    void removeSection(long serviceId) {
        sections.remove(serviceId);
    }

    void addWidget(ConsoleWidget widget, Bundle bundle, long serviceId) {
        widgets.put(serviceId, new Entry<>(widget, bundle, serviceId));
    }

    void removeWidget(long serviceId) {
        widgets.remove(serviceId);
    }

    /** True while any section or widget of this bundle is published. */
    boolean hasBundle(long bundleId) {
        return sections.values().stream().anyMatch(e -> e.bundle().getBundleId() == bundleId)
                || widgets.values().stream().anyMatch(e -> e.bundle().getBundleId() == bundleId);
    }

    Optional<Bundle> bundle(long bundleId) {
        return sections.values().stream().map(Entry::bundle).filter(b -> b.getBundleId() == bundleId).findFirst()
                .or(() -> widgets.values().stream().map(Entry::bundle).filter(b -> b.getBundleId() == bundleId)
                        .findFirst());
    }

    /** The usable section with this id: valid, not reserved, the lowest service id wins. */
    Optional<Entry<ConsoleSection>> section(String id) {
        return usable().stream().filter(e -> safeId(e.service()).equals(id)).findFirst();
    }

    /** Sections in menu order (order, then id), one per id. */
    List<Entry<ConsoleSection>> usable() {
        List<Entry<ConsoleSection>> all = new ArrayList<>(sections.values());
        all.sort(Comparator.comparingLong(Entry::serviceId));
        Map<String, Entry<ConsoleSection>> byId = new java.util.LinkedHashMap<>();
        for (Entry<ConsoleSection> e : all) {
            String id = safeId(e.service());
            if (ID.matcher(id).matches() && !RESERVED.contains(id)) {
                byId.putIfAbsent(id, e);
            }
        }
        List<Entry<ConsoleSection>> result = new ArrayList<>(byId.values());
        result.sort(Comparator.comparingInt((Entry<ConsoleSection> e) -> safeOrder(e.service()))
                .thenComparing(e -> safeId(e.service())));
        return result;
    }

    /** The menu for a user: the sections holding one of the user's roles. */
    List<Entry<ConsoleSection>> menu(Identity identity) {
        return usable().stream().filter(e -> allowed(identity, safeRoles(e.service()))).toList();
    }

    List<Entry<ConsoleWidget>> widgets(Identity identity) {
        List<Entry<ConsoleWidget>> result = new ArrayList<>(widgets.values());
        result.removeIf(e -> !allowed(identity, safeRoles(e.service())));
        result.sort(Comparator.comparingInt((Entry<ConsoleWidget> e) -> {
            try {
                return e.service().order();
            } catch (RuntimeException ex) {
                return Integer.MAX_VALUE;
            }
        }).thenComparingLong(Entry::serviceId));
        return result;
    }

    /**
     * Splits a path below {@code /console} ({@code /news/12/edit}) into the section and the rest
     * ({@code /12/edit}); empty when no section has that id.
     */
    Optional<Route> route(String pathBelowConsole) {
        if (pathBelowConsole == null || !pathBelowConsole.startsWith("/") || pathBelowConsole.length() < 2) {
            return Optional.empty();
        }
        String p = pathBelowConsole.substring(1);
        int slash = p.indexOf('/');
        String id = slash < 0 ? p : p.substring(0, slash);
        String rest = slash < 0 ? "" : p.substring(slash);
        if (rest.equals("/")) {
            rest = "";
        }
        String finalRest = rest;
        return section(id).map(e -> new Route(e, id, finalRest));
    }

    static boolean allowed(Identity identity, Set<String> roles) {
        return identity != null && roles != null && identity.hasAnyRole(roles);
    }

    private static String safeId(ConsoleSection s) {
        try {
            String id = s.id();
            return id == null ? "" : id;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static int safeOrder(ConsoleSection s) {
        try {
            return s.order();
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Set<String> safeRoles(Object service) {
        try {
            return service instanceof ConsoleSection s ? s.roles() : ((ConsoleWidget) service).roles();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
