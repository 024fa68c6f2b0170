package org.hromada.media.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.security.Identity;

/** The audit entries of the media library: entity type {@code media}, id the file's id, summary its name. */
final class MediaAudit {
    static final String ENTITY = "media";

    private MediaAudit() {
    }

    static AuditEntry upload(Identity who, MediaFile file) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("filename", file.filename());
        after.put("mediaType", file.mediaType());
        after.put("size", file.size());
        after.put("alt", file.alt());
        after.put("title", file.title());
        return AuditEntry.of(who, "media.upload", ENTITY, file.id()).withSummary(file.filename())
                .withChange(Map.of(), after);
    }

    /** Only the fields that changed, alt and title, before and after. */
    static AuditEntry update(Identity who, MediaFile before, MediaFile after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        if (!Objects.equals(before.alt(), after.alt())) {
            was.put("alt", before.alt());
            now.put("alt", after.alt());
        }
        if (!Objects.equals(before.title(), after.title())) {
            was.put("title", before.title());
            now.put("title", after.title());
        }
        return AuditEntry.of(who, "media.update", ENTITY, after.id()).withSummary(after.filename()).withChange(was, now);
    }

    static AuditEntry delete(Identity who, MediaFile file) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("filename", file.filename());
        before.put("sha256", file.sha256());
        before.put("alt", file.alt());
        before.put("title", file.title());
        before.put("uploadedBy", file.uploadedBy());
        return AuditEntry.of(who, "media.delete", ENTITY, file.id()).withSummary(file.filename())
                .withChange(before, Map.of());
    }
}
