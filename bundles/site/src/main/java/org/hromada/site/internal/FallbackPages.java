package org.hromada.site.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Incident ids and the page of last resort. The id is what a visitor can quote to the support
 * desk and what the log line starts with; it is random, not a counter, so it tells outsiders
 * nothing. The built-in page is used only when even {@code error.ftl} fails.
 */
final class FallbackPages {

    private FallbackPages() {
    }

    /** A short incident id such as {@code 3f9a0c1d}. */
    static String newIncidentId() {
        return String.format("%08x", ThreadLocalRandom.current().nextInt());
    }

    /** A minimal page in the request's language; {@code incident} is a hex id, no escaping needed. */
    static String serverError(String language, String incident) {
        boolean en = RequestPath.EN.equals(language);
        String title = en ? "Something went wrong" : "Сталася помилка";
        String text = en ? "The page could not be shown. Please try again later. Incident number:"
                : "Не вдалося показати сторінку. Спробуйте пізніше. Номер інциденту:";
        String home = en ? "To the home page" : "На головну";
        return "<!doctype html>\n<html lang=\"" + (en ? "en" : "uk") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>" + text
                + " <strong>" + incident.replaceAll("[^0-9a-f]", "") + "</strong></p><p><a href=\""
                + (en ? "/en/" : "/") + "\">" + home + "</a></p></main></body></html>\n";
    }
}
