package org.hromada.requests.internal.model;

/** A request's registration number, per year: {@code З-2026-0042} (З for запит). */
public final class RegistrationNumber {
    private static final String PREFIX = "З";

    private RegistrationNumber() {
    }

    public static String of(int year, int sequence) {
        return String.format("%s-%d-%04d", PREFIX, year, sequence);
    }
}
