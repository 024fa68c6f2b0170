package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

class RequirementWordingTest {

    @Test
    void missingPackageWithARange() {
        assertEquals("needs package com.example.foo (version 1.2 or later, before 2) that no installed bundle provides",
                RequirementWording.missing("osgi.wiring.package",
                        "(&(osgi.wiring.package=com.example.foo)(version>=1.2.0)(!(version>=2.0.0)))", "17"));
    }

    @Test
    void missingPackageWithoutAVersion() {
        assertEquals("needs package com.foo that no installed bundle provides",
                RequirementWording.missing("osgi.wiring.package", "(osgi.wiring.package=com.foo)", null));
    }

    @Test
    void missingJava() {
        assertEquals("needs Java SE 21 (this server runs Java SE 17)",
                RequirementWording.missing("osgi.ee", "(&(osgi.ee=JavaSE)(version=21))", "17"));
        assertEquals("needs Java SE 11 or later",
                RequirementWording.missing("osgi.ee", "(&(osgi.ee=JavaSE)(version>=11))", null));
    }

    @Test
    void missingBundleHostExtenderContractAndService() {
        assertEquals("needs the bundle org.x (version 1 or later, before 2) that is not installed",
                RequirementWording.missing("osgi.wiring.bundle",
                        "(&(osgi.wiring.bundle=org.x)(bundle-version>=1.0.0)(!(bundle-version>=2.0.0)))", null));
        assertEquals("is a fragment of the bundle org.host that is not installed",
                RequirementWording.missing("osgi.wiring.host", "(osgi.wiring.host=org.host)", null));
        assertEquals("needs the extender osgi.component (version 1.5 or later, before 2) that no installed bundle provides",
                RequirementWording.missing("osgi.extender",
                        "(&(osgi.extender=osgi.component)(version>=1.5.0)(!(version>=2.0.0)))", null));
        assertEquals("needs the contract JakartaServlet (version 6) that no installed bundle provides",
                RequirementWording.missing("osgi.contract", "(&(osgi.contract=JakartaServlet)(version=6.0.0))", null));
        assertEquals("needs the service com.foo.Bar that no installed bundle provides",
                RequirementWording.missing("osgi.service", "(objectClass=com.foo.Bar)", null));
    }

    @Test
    void filtersThatAreNotPlainConjunctionsAreQuoted() {
        assertEquals("needs a capability osgi.native matching (|(osgi.native.osname=Linux)(osgi.native.osname=Win32))"
                        + " that no installed bundle provides",
                RequirementWording.missing("osgi.native",
                        "(|(osgi.native.osname=Linux)(osgi.native.osname=Win32))", null));
    }

    @Test
    void providersThatAreUnresolvedThemselves() {
        assertEquals("needs package com.foo, which only bundle org.api provides, and it is not resolved itself",
                RequirementWording.unresolvedProviders("osgi.wiring.package", "(osgi.wiring.package=com.foo)",
                        List.of("org.api")));
        assertEquals("needs package com.foo, which only bundles a, b provide, and none of them is resolved",
                RequirementWording.unresolvedProviders("osgi.wiring.package", "(osgi.wiring.package=com.foo)",
                        List.of("a", "b")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(&(version>=1.2.0)(!(version>=2.0.0)))     | 1.2 or later, before 2",
        "(version>=1.2.3)                           | 1.2.3 or later",
        "(&(version>=0.0.0)(!(version>=2.0.0)))     | before 2",
        "(&(!(version<=1.0.0))(version<=3.0.0))     | after 1, up to 3",
        "(&(version>=1.5.0)(version<=1.5.0))        | 1.5",
        "(version=1.0.0.SNAPSHOT)                   | 1.0.0.SNAPSHOT",
        "(version=1.10.0)                           | 1.10",
    })
    void versionRangesInWords(String filter, String words) {
        assertEquals(words, FilterTerms.of(filter).orElseThrow().versions("version"));
    }

    @Test
    void noVersionConstraintMeansNoWords() {
        assertEquals(null, FilterTerms.of("(osgi.wiring.package=a)").orElseThrow().versions("version"));
    }

    @Test
    void onlyMandatoryResolveTimeRequirementsCount() {
        assertTrue(RequirementWording.isMandatory(requirement(Map.of())));
        assertTrue(RequirementWording.isMandatory(requirement(Map.of("effective", "resolve", "resolution", "mandatory"))));
        assertFalse(RequirementWording.isMandatory(requirement(Map.of("resolution", "optional"))));
        assertFalse(RequirementWording.isMandatory(requirement(Map.of("resolution", "dynamic"))));
        assertFalse(RequirementWording.isMandatory(requirement(Map.of("effective", "active"))));
    }

    private static Requirement requirement(Map<String, String> directives) {
        return new Requirement() {
            @Override
            public String getNamespace() {
                return "osgi.wiring.package";
            }

            @Override
            public Map<String, String> getDirectives() {
                return directives;
            }

            @Override
            public Map<String, Object> getAttributes() {
                return Map.of();
            }

            @Override
            public Resource getResource() {
                return new Resource() {
                    @Override
                    public List<Capability> getCapabilities(String namespace) {
                        return List.of();
                    }

                    @Override
                    public List<Requirement> getRequirements(String namespace) {
                        return List.of();
                    }
                };
            }
        };
    }
}
