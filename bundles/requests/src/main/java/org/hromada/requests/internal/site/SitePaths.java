package org.hromada.requests.internal.site;

/** The public pages of the requests bundle, without the language prefix. */
public final class SitePaths {
    /** The procedure and the form; the form posts here. */
    public static final String FORM = "/request-information";
    /** Following a request by its number and code; the tracking form posts here. */
    public static final String TRACK = "/request-information/track";
    /** The year's figures: how requests were handled. */
    public static final String REPORT = "/request-information/report";

    private SitePaths() {
    }
}
