package org.hromada.system.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * Says in plain words what an unresolved bundle needs: "needs package com.example.foo (version 1.2
 * or later, before 2) that no installed bundle provides", "needs Java SE 21", "needs the bundle X".
 */
final class RequirementWording {
    static final String PACKAGE = "osgi.wiring.package";
    static final String BUNDLE = "osgi.wiring.bundle";
    static final String HOST = "osgi.wiring.host";
    static final String IDENTITY = "osgi.identity";
    static final String EE = "osgi.ee";
    static final String EXTENDER = "osgi.extender";
    static final String CONTRACT = "osgi.contract";
    static final String SERVICE = "osgi.service";

    private RequirementWording() {
    }

    /**
     * Whether the framework insists on the requirement when resolving: not optional, not dynamic
     * (DynamicImport-Package) and effective at resolve time.
     */
    static boolean isMandatory(Requirement requirement) {
        Map<String, String> directives = requirement.getDirectives();
        String resolution = directives.getOrDefault(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE,
                Namespace.RESOLUTION_MANDATORY);
        String effective = directives.getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE,
                Namespace.EFFECTIVE_RESOLVE);
        return resolution.equals(Namespace.RESOLUTION_MANDATORY) && effective.equals(Namespace.EFFECTIVE_RESOLVE);
    }

    /** A requirement that nothing installed can satisfy. */
    static String missing(String namespace, String filter, String runningJava) {
        return missingReason(namespace, filter, runningJava).english();
    }

    /** {@link #missing} with its message key. */
    static Reason missingReason(String namespace, String filter, String runningJava) {
        String what = describe(namespace, filter);
        return switch (namespace) {
            case EE -> runningJava == null ? Reason.of("needsJava", "needs " + what, what)
                    : Reason.of("needsJavaRunning", "needs " + what + " (this server runs Java SE " + runningJava + ")",
                            what, runningJava);
            case HOST -> Reason.of("fragmentOf", "is a fragment of " + what + " that is not installed", what);
            case BUNDLE, IDENTITY -> Reason.of("needsBundle", "needs " + what + " that is not installed", what);
            default -> Reason.of("needs", "needs " + what + " that no installed bundle provides", what);
        };
    }

    /** A requirement whose only providers are themselves unresolved. */
    static String unresolvedProviders(String namespace, String filter, Collection<String> providers) {
        return unresolvedProvidersReason(namespace, filter, providers).english();
    }

    /** {@link #unresolvedProviders} with its message key. */
    static Reason unresolvedProvidersReason(String namespace, String filter, Collection<String> providers) {
        boolean host = namespace.equals(HOST);
        String need = host ? "is a fragment of " : "needs ";
        boolean one = providers.size() == 1;
        String names = String.join(", ", providers);
        String which = one
                ? ", which only bundle " + names + " provides, and it is not resolved itself"
                : ", which only bundles " + names + " provide, and none of them is resolved";
        String what = describe(namespace, filter);
        return Reason.of((host ? "fragmentOfUnresolved" : "needsUnresolved") + (one ? "" : "Many"),
                need + what + which, what, names);
    }

    /** "package com.foo (version 1.2 or later, before 2)", "Java SE 21", "the bundle X". */
    static String describe(String namespace, String filter) {
        Optional<FilterTerms> parsed = FilterTerms.of(filter);
        if (parsed.isEmpty()) {
            return "a capability " + namespace + " matching " + filter;
        }
        FilterTerms terms = parsed.get();
        if (namespace.equals(EE)) {
            return environment(terms, filter);
        }
        String name = terms.value(namespace.equals(SERVICE) ? "objectClass" : namespace);
        if (name == null) {
            return "a capability " + namespace + " matching " + filter;
        }
        return switch (namespace) {
            case PACKAGE -> "package " + name + version(terms, "version") + fromBundle(terms);
            case BUNDLE, HOST, IDENTITY -> "the bundle " + name
                    + version(terms, namespace.equals(IDENTITY) ? "version" : "bundle-version");
            case EXTENDER -> "the extender " + name + version(terms, "version");
            case CONTRACT -> "the contract " + name + version(terms, "version");
            case SERVICE -> "the service " + name;
            default -> "the capability " + namespace + "=" + name + version(terms, "version");
        };
    }

    private static String environment(FilterTerms terms, String filter) {
        String ee = terms.value(EE);
        if (ee == null) {
            return "an execution environment matching " + filter;
        }
        String name = ee.equals("JavaSE") ? "Java SE" : ee.replace("JavaSE/", "Java SE ");
        String versions = terms.versions("version");
        return versions == null ? name : name + " " + versions;
    }

    private static String version(FilterTerms terms, String attribute) {
        String versions = terms.versions(attribute);
        return versions == null ? "" : " (version " + versions + ")";
    }

    private static String fromBundle(FilterTerms terms) {
        String bundle = terms.value("bundle-symbolic-name");
        return bundle == null ? "" : " from bundle " + bundle;
    }
}
