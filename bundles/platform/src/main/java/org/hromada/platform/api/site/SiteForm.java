package org.hromada.platform.api.site;

/**
 * A public form of the site, published by a bundle as a service beside the {@link SiteRoute} that shows
 * it. The site bundle sends every POST to a path matching {@link #pattern()} (in both languages, the
 * {@code /en} prefix removed) here, after refusing bodies that are too large or sent from another site,
 * and renders the answer through the active theme and layout like any page, never cached.
 */
public interface SiteForm {

    /** The path pattern, e.g. {@code /request-information}; {@code {name}} segments as in {@link SiteRoute}. */
    String pattern();

    /**
     * The page to show for what the visitor sent. Never throw for anything a visitor can send: answer
     * the form again with its errors (422) or a friendly page instead.
     */
    FormAnswer submit(FormSubmission submission);

    /**
     * How large a {@code multipart/form-data} POST with files this form takes, in bytes, fields and files
     * together; 0 (the default) for a form without files, to which the site answers such a POST with 415.
     * A body over the limit gets the themed 413 page; within it, the files reach {@link #submit} in
     * {@link FormSubmission#files()}, and the form checks each one itself (type, size of one file),
     * answering the form again with the error beside the file field and the other fields as typed.
     */
    default long maxUploadBytes() {
        return 0;
    }
}
