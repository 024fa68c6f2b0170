package org.hromada.content.internal.store;

import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands content writes to the audit log, when one is there (the security bundle publishes it; content
 * works without it). Called right after each write committed.
 */
@Component(service = ContentAudit.class)
public class ContentAudit {
    private static final Logger LOG = LoggerFactory.getLogger(ContentAudit.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog log;

    void record(AuditEntry entry) {
        AuditLog current = log;
        if (current == null) {
            LOG.debug("No audit log: {} {} not recorded", entry.action(), entry.entityId());
            return;
        }
        try {
            current.record(entry);
        } catch (RuntimeException | LinkageError e) { // the log must not throw; if it does, the write stands
            LOG.error("Audit entry {} {} could not be recorded", entry.action(), entry.entityId(), e);
        }
    }
}
