package org.hromada.security.internal.tokens;

/**
 * The body of {@code POST /api/v1/tokens}.
 *
 * @param expiresAt optional: a date (valid through that day) or an instant; 90 days when absent
 */
public record NewToken(String name, String role, String expiresAt) {
}
