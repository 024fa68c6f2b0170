package org.hromada.content.internal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /{type}} and {@code PUT /{type}/{id}}. On PUT a field left out (null)
 * keeps its value; an empty {@code summary} is derived again from the body, an empty
 * {@code section} clears it. {@code coverId} is a media library image ({@code 0} removes the cover);
 * {@code coverAlt} overrides that image's alt text for this item (empty: use the image's). {@code version} (PUT only) is the version the client edited.
 */
public record ItemRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 1000) String summary,
        @Size(max = 1_000_000) String body,
        @NotBlank @Pattern(regexp = "uk|en", message = "must be uk or en") String language,
        @Size(max = 80) String slug,
        @Size(max = 100) @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?",
                message = "must be lower-case letters a-z, digits and single hyphens") String section,
        @Size(max = 30) List<@NotBlank @Size(max = 50) String> tags,
        Boolean pinned,
        Instant publishAt,
        Instant unpublishAt,
        @Min(1) Long parentId,
        @Min(0) @Max(1_000_000) Integer position,
        @Min(1) Long translationOf,
        @Min(0) Long version,
        @Min(0) Long coverId,
        @Size(max = 500) String coverAlt) {
}
