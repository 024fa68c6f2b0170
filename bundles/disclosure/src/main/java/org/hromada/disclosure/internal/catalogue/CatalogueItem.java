package org.hromada.disclosure.internal.catalogue;

import org.hromada.platform.api.disclosure.LocalText;

/**
 * One item of Article 15 (DOMAIN.md section 1.2).
 *
 * @param id               {@code 1.2}, {@code 1.5-1}, {@code 1.11.3}, or a part: {@code 2}...{@code 6}
 * @param parentId         {@code 1.11} for its eight points, otherwise null
 * @param part             the part of Article 15, 1 to 6
 * @param name             what must be published, in both languages
 * @param appliesToCouncil false where the duty normally falls on someone else (part 3)
 */
public record CatalogueItem(String id, String parentId, int part, LocalText name, boolean appliesToCouncil) {
}
