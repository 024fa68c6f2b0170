package org.hromada.media.internal;

import jakarta.validation.constraints.Size;

/** The body of {@code PUT /media/{id}}: fields left out stay; an empty title clears it. */
public record MediaEdit(@Size(max = 500) String alt, @Size(max = 300) String title, Long version) {
}
