package org.hromada.disclosure.internal.checks;

import org.hromada.platform.api.disclosure.LocalText;

/** An installed check as the dashboard names it. */
public record InstalledCheck(String id, String item, LocalText title) {
}
