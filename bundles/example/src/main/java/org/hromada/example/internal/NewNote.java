package org.hromada.example.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/examples}; the host validates it before the resource sees it. */
public record NewNote(@NotBlank @Size(max = 200) String title, @Size(max = 5000) String body) {
}
