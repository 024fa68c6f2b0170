package org.hromada.platform.api.disclosure;

/**
 * What a result rests on: a page or document that satisfies the item, or one that breaks it.
 *
 * @param label what it is, in both languages
 * @param url   its site-relative address (public page or console), or null when it has none
 * @param note  why it counts, e.g. "published 2 working days late", in both languages; may be empty
 */
public record Evidence(LocalText label, String url, LocalText note) {
}
