package org.hromada.system.internal;

import java.util.Map;
import org.hromada.platform.api.audit.AuditEntry;

/** The audit entries of bundle changes: entity type {@code bundle}, id the symbolic name, summary the version. */
final class BundleAudit {
    static final String INSTALL = "bundle.install";
    static final String UPDATE = "bundle.update";
    static final String UNINSTALL = "bundle.uninstall";
    static final String ENTITY = "bundle";

    private BundleAudit() {
    }

    static AuditEntry entry(String actor, String channel, String action, String symbolicName, String version) {
        String v = version == null ? "" : version;
        Map<String, Object> fields = Map.of("version", v);
        return new AuditEntry(actor, channel, action, ENTITY, symbolicName, v,
                INSTALL.equals(action) ? Map.of() : fields, UNINSTALL.equals(action) ? Map.of() : fields);
    }
}
