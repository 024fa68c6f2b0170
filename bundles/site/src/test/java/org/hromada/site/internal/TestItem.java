package org.hromada.site.internal;

/** A public record, as route models hand to templates (FreeMarker reaches public types only). */
public record TestItem(String title) {
}
