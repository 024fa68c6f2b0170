/**
 * The console SPI: bundles add sections (menu entry and pages) and dashboard widgets to the
 * editors' console at {@code /console/} by publishing {@link org.hromada.platform.api.console.ConsoleSection}
 * and {@link org.hromada.platform.api.console.ConsoleWidget} services.
 *
 * <h2>Templates</h2>
 * Templates named by a {@link org.hromada.platform.api.console.ConsoleResponse.Page} are FreeMarker
 * files in the jar of the bundle that published the section or widget, by path
 * ({@code console/news/list.ftl}). They render only the page's main content; the console wraps it in
 * its layout (header, menu, flash message, language switch). The console's macro library is
 * available as {@code <#import "/hromada-console/ui.ftl" as ui>}: forms with their CSRF field, fields
 * with labels, hints and errors, the error summary, buttons, pagination, badges (see that file). Every template sees, besides the section's model:
 * <ul>
 * <li>{@code console.user} (username), {@code console.roles}, {@code console.lang} ({@code uk}/{@code en}),
 *     {@code console.sectionBase}, {@code console.csrfToken};</li>
 * <li>{@code msg(key, args...)}: the text of a message key in the console's language;</li>
 * <li>{@code consoleTime(instant)}: a {@code java.time.Instant} as the user's local date and time
 *     (Europe/Kyiv).</li>
 * </ul>
 * Output is HTML-escaped by default ({@code .ftlh} rules apply to every template).
 *
 * <h2>Messages</h2>
 * A section bundle keeps its texts in {@code console/messages_uk.properties} and
 * {@code console/messages_en.properties} (UTF-8) in its jar. {@code msg} looks there first, then in
 * the console's own messages.
 *
 * <h2>Forms</h2>
 * Every POST must carry the session's CSRF token as the {@code _csrf} field (the {@code ui.csrf}
 * macro writes it) or the {@code X-CSRF-Token} header (htmx requests send it); the console refuses
 * anything else with 403 before a section sees it.
 */
@Export
@Version("1.1.0")
package org.hromada.platform.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
