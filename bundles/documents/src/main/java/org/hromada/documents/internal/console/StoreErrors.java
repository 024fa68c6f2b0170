package org.hromada.documents.internal.console;

import org.hromada.platform.api.web.ProblemException;

/**
 * Turns the stores' refusals (written in English for the API) into the console's message keys, so an
 * editor reads them in the console's language.
 */
final class StoreErrors {

    private StoreErrors() {
    }

    /** The message key of one field error of a store's 422. */
    static String key(String prefix, String field, String message) {
        String text = message == null ? "" : message;
        if (Form.FORM.equals(field)) {
            return "documents.error.other";
        }
        if (text.equals("is required")) { // a bare one; "is required: <why>" gets the field's own message
            return "documents.error.required";
        }
        if (text.startsWith("must be at most")) {
            return "documents.error.tooLong";
        }
        // The Article 18 restriction rules: the never-restricted guard and publishing while restricted.
        if (text.startsWith("must be empty: information on budgets")) {
            return prefix + "." + field + ".never";
        }
        if (text.startsWith("must be empty while access is restricted")) {
            return prefix + "." + field + ".restricted";
        }
        return prefix + "." + field;
    }

    /** Whether the store refused the request's fields (the form goes back with them marked). */
    static boolean invalid(ProblemException e) {
        return e.status() == 422 || e.status() == 400;
    }

    /** A 409 for a stale version (someone saved meanwhile), as opposed to a taken number or name. */
    static boolean stale(ProblemException e) {
        return e.status() == 409 && e.detail() != null && e.detail().contains("changed");
    }
}
