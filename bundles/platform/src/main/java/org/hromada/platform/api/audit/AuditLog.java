package org.hromada.platform.api.audit;

/**
 * The append-only record of who changed what. Published by the security bundle; every bundle
 * that writes records each change right after it is committed. Nothing can edit or delete an
 * entry, through any path.
 */
public interface AuditLog {

    /**
     * Appends one entry. Never throws: a failure to record is logged loudly, and the change it
     * describes (already committed) stands.
     */
    void record(AuditEntry entry);
}
