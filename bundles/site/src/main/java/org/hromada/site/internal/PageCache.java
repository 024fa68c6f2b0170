package org.hromada.site.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered pages, feeds and the sitemap, kept in memory until something public changes: a content
 * event of any bundle ({@code hromada/content/*}, {@code hromada/site/*}), a route, feed or templates
 * bundle coming or going, or a theme file edited. Everything is dropped at once: a publish can change
 * the home page, lists, feeds and the sitemap together, and re-rendering is cheap.
 * <p>
 * A render that began before a purge must not store its (stale) result after it: every put carries
 * the generation it was rendered in and is dropped when a purge happened meanwhile.
 */
@Component(service = {PageCache.class, EventHandler.class},
        property = {"event.topics=hromada/content/*", "event.topics=hromada/site/*"})
public class PageCache implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PageCache.class);
    static final String MAX_MB = "hromada.site.cache.mb";
    static final long DEFAULT_MAX_MB = 32;

    private final AtomicLong generation = new AtomicLong();
    private volatile Cache<String, CachedPage> pages;

    /** A cache of the default size; under OSGi {@link #activate} sets the configured one. */
    public PageCache() {
        configure(DEFAULT_MAX_MB);
    }

    @Activate
    void activate(BundleContext context) {
        String raw = context.getProperty(MAX_MB);
        long mb = DEFAULT_MAX_MB;
        try {
            mb = raw == null || raw.isBlank() ? DEFAULT_MAX_MB : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            LOG.warn("{}={} is not a number: using {}", MAX_MB, raw, DEFAULT_MAX_MB);
        }
        configure(mb);
    }

    private void configure(long maxMegabytes) {
        pages = Caffeine.newBuilder().maximumWeight(Math.max(0, maxMegabytes) * 1024 * 1024)
                .weigher((String key, CachedPage page) -> page.weight()).build();
    }

    /** The generation to pass to {@link #put}: read it before rendering. */
    long generation() {
        return generation.get();
    }

    Optional<CachedPage> get(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    /** Keeps the page unless the cache was purged since {@code renderedIn}. */
    void put(String key, CachedPage page, long renderedIn) {
        if (generation.get() != renderedIn) {
            return;
        }
        pages.put(key, page);
        if (generation.get() != renderedIn) { // a purge raced the put: it may have missed this entry
            pages.invalidate(key);
        }
    }

    /** Forgets everything. */
    void purge() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    @Override
    public void handleEvent(Event event) {
        purge();
    }
}
