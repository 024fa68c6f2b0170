package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/** The bundles section's message keys: both languages complete, every reason and state has its words. */
class SystemConsoleTextsTest {
    private static final Locale UK = Locale.forLanguageTag("uk");

    @Test
    void theTwoLanguagesHaveTheSameKeys() {
        assertEquals(ConsoleTexts.keys("uk"), ConsoleTexts.keys("en"));
    }

    @Test
    void everyStateOriginAndComponentStateHasWords() {
        for (String state : List.of("ACTIVE", "RESOLVED", "INSTALLED", "STARTING", "STOPPING", "UNINSTALLED", "FAILED",
                "UNKNOWN")) {
            assertTrue(ConsoleTexts.keys("uk").contains(BundlesSection.stateKey(state)), state);
        }
        for (String origin : List.of("framework", "core", "deploy", "uploaded")) {
            assertTrue(ConsoleTexts.keys("uk").contains("bundle.origin." + origin), origin);
        }
        for (int state : new int[] {0, ComponentConfigurationDTO.ACTIVE, ComponentConfigurationDTO.SATISFIED,
                ComponentConfigurationDTO.UNSATISFIED_REFERENCE, ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION,
                ComponentConfigurationDTO.FAILED_ACTIVATION}) {
            assertTrue(ConsoleTexts.keys("en").contains(ComponentState.stateKey(state)), String.valueOf(state));
        }
        assertTrue(ConsoleTexts.keys("en").contains(ComponentState.DISABLED));
    }

    @Test
    void originsAreTold() {
        BundleEntry deployed = new BundleEntry(5L, "a", null, "1", "ACTIVE", "deploy", "a.jar", List.of());
        assertEquals("bundle.origin.deploy", BundlesSection.originKey(deployed, false));
        assertEquals("bundle.origin.uploaded", BundlesSection.originKey(deployed, true));
        assertEquals("bundle.origin.core", BundlesSection.originKey(
                new BundleEntry(3L, "b", null, "1", "ACTIVE", "core", null, List.of()), false));
        assertEquals("bundle.origin.framework", BundlesSection.originKey(
                new BundleEntry(0L, "c", null, "1", "ACTIVE", "framework", null, List.of()), false));
    }

    @Test
    void requirementReasonsKeepTheApiWordsAndHaveKeys() {
        Reason reason = RequirementWording.missingReason("osgi.wiring.package",
                "(&(osgi.wiring.package=com.foo)(version>=1.2.0)(!(version>=2.0.0)))", null);
        assertEquals(RequirementWording.missing("osgi.wiring.package",
                "(&(osgi.wiring.package=com.foo)(version>=1.2.0)(!(version>=2.0.0)))", null), reason.english());
        assertEquals("bundle.reason.needs", reason.key());
        assertEquals("потрібен package com.foo (version 1.2 or later, before 2), якого не надає жоден встановлений бандл",
                ConsoleTexts.text(UK, reason));
        assertEquals(reason.english(), ConsoleTexts.text(Locale.ENGLISH, reason));

        Reason java = RequirementWording.missingReason("osgi.ee", "(&(osgi.ee=JavaSE)(version=21))", "17");
        assertEquals("потрібна Java SE 21 (сервер працює на Java SE 17)", ConsoleTexts.text(UK, java));
        Reason providers = RequirementWording.unresolvedProvidersReason("osgi.wiring.package",
                "(osgi.wiring.package=com.foo)", List.of("a", "b"));
        assertEquals("bundle.reason.needsUnresolvedMany", providers.key());
        assertEquals(providers.english(), ConsoleTexts.text(Locale.ENGLISH, providers));
    }

    @Test
    void everyReasonKeyTheCodeUsesHasWordsInBothLanguages() {
        List<String> keys = List.of("other", "needs", "needsJava", "needsJavaRunning", "needsBundle", "fragmentOf",
                "needsUnresolved", "needsUnresolvedMany", "fragmentOfUnresolved", "fragmentOfUnresolvedMany",
                "notResolved", "notStarted", "didNotStart", "installFailed", "updateFailed", "refusedCore",
                "refusedDuplicate", "componentDisabled", "componentWaitsConfiguration", "componentWaitsService",
                "componentWaitsServiceMatching", "componentFailed", "componentFailedBecause", "deployOff", "unreadable",
                "otherBundle", "fileTaken", "badFilename", "protectedFramework", "protectedCore", "unknown", "tooLarge",
                "notABundle.notZip", "notABundle.unreadable", "notABundle.noManifest", "notABundle.noSymbolicName",
                "notABundle.manifestVersion", "notABundle.badVersion");
        for (String key : keys) {
            assertTrue(ConsoleTexts.keys("uk").contains("bundle.reason." + key), key);
        }
    }

    @Test
    void refusalsHaveKeys(@TempDir Path dir) throws Exception {
        Reason core = DeployRules.refusalReason("org.hromada.web", "web.jar", Set.of("org.hromada.web"), Map.of())
                .orElseThrow();
        assertEquals("bundle.reason.refusedCore", core.key());
        assertFalse(ConsoleTexts.text(UK, core).startsWith("bundle."));
        Path plain = TestJars.plain(dir.resolve("plain.jar"), Map.of());
        try {
            BundleFileCheck.check(plain);
        } catch (BundleFileCheck.NotABundleException e) {
            Reason reason = e.toReason(e.getMessage());
            assertEquals("bundle.reason.notABundle.noSymbolicName", reason.key());
            assertEquals(e.getMessage(), ConsoleTexts.text(Locale.ENGLISH, reason));
            return;
        }
        throw new AssertionError("a plain jar passed as a bundle");
    }

    @Test
    void bundleAuditEntriesCarryTheVersion() {
        var install = BundleAudit.entry("deploy-folder", "system", BundleAudit.INSTALL, "org.x", "1.0.0");
        assertEquals("bundle", install.entityType());
        assertEquals("org.x", install.entityId());
        assertEquals("1.0.0", install.summary());
        assertEquals(Map.of(), install.before());
        assertEquals(Map.of("version", "1.0.0"), install.after());
        var uninstall = BundleAudit.entry("admin", "api", BundleAudit.UNINSTALL, "org.x", "1.0.0");
        assertEquals(Map.of("version", "1.0.0"), uninstall.before());
        assertEquals(Map.of(), uninstall.after());
        assertTrue(Files.exists(Path.of(".")));
    }
}
