package org.hromada.content.internal.revisions;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One field that differs between two revisions; before or after is null when the field was unset. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(String field, Object before, Object after) {
}
