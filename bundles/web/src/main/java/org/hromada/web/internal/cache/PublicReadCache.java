package org.hromada.web.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hromada.platform.api.events.Topics;
import org.hromada.platform.api.web.EntityTags;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/**
 * Answers of the public (anonymous) API reads, kept in memory: what the site's visitors and
 * integrators read most (lists, items, search) then costs no query. Only a {@code GET} without
 * {@code Authorization} and without cookies, answered 200 with JSON and nothing marking it private,
 * is kept. Everything is dropped when anything may have changed what the public sees: any write
 * through the API ({@code POST}, {@code PUT}, {@code DELETE}, ... that is not refused with a 4xx or
 * 5xx; it is then announced as {@code hromada/site/changed} so the site's pages follow too), a
 * {@code hromada/content/*} or {@code hromada/site/*} event (the scheduler, the search index), a
 * new Jersey application (a bundle came or went); and an entry lives at most
 * {@code api.cache.seconds}, for answers that depend on the clock.
 * <p>
 * A read that began before a purge does not store its result after it (the generation check).
 */
@Component(service = {PublicReadCache.class, EventHandler.class},
        property = {"event.topics=hromada/content/*", "event.topics=hromada/site/*"})
public class PublicReadCache implements EventHandler {
    static final String MAX_MB = "hromada.api.cache.mb";
    static final String SECONDS = "hromada.api.cache.seconds";
    /** Bigger answers are not kept (a page of 100 items with bodies can be large). */
    static final int MAX_BODY = 512 * 1024;

    private final AtomicLong generation = new AtomicLong();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    private volatile Cache<String, CachedRead> reads;

    public PublicReadCache() {
        configure(16, 60);
    }

    @Activate
    void activate(BundleContext context) {
        configure(number(context.getProperty(MAX_MB), 16), number(context.getProperty(SECONDS), 60));
    }

    private void configure(long megabytes, long seconds) {
        reads = Caffeine.newBuilder().maximumWeight(Math.max(0, megabytes) * 1024 * 1024)
                .expireAfterWrite(Duration.ofSeconds(Math.max(0, seconds)))
                .weigher((String key, CachedRead read) -> read.weight()).build();
    }

    private static long number(String raw, long fallback) {
        try {
            return raw == null || raw.isBlank() ? fallback : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Whether the request changes nothing and is the public's (the only kind kept). */
    static boolean isPublicRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null
                && request.getHeader("Cookie") == null;
    }

    /** Whether the request may change data (then everything kept is dropped once it is done). */
    static boolean isWrite(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> false;
            default -> true;
        };
    }

    /**
     * Serves the request through {@code api}, from the cache when it can, keeping the answer when
     * it may; purges after writes.
     */
    public void serve(HttpServletRequest request, HttpServletResponse response, Api api)
            throws ServletException, IOException {
        if (isWrite(request)) {
            api.serve(request, response);
            if (response.getStatus() < 400) { // a refused write changed nothing: no cache-busting by junk posts
                purge();
                announceWrite();
            }
            return;
        }
        if (!isPublicRead(request)) {
            api.serve(request, response);
            return;
        }
        String key = key(request);
        CachedRead hit = reads.getIfPresent(key);
        if (hit != null) {
            answer(hit, request, response);
            return;
        }
        long renderedIn = generation.get();
        BufferedResponse buffered = new BufferedResponse(response, MAX_BODY);
        api.serve(request, buffered);
        byte[] body = buffered.held();
        if (body == null) {
            return; // it went straight through
        }
        if (!keepable(response)) {
            response.getOutputStream().write(body);
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)
                    && !"Date".equalsIgnoreCase(name)) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        CachedRead read = CachedRead.of(response.getContentType(), headers, body);
        put(key, read, renderedIn);
        response.setHeader("ETag", read.etag());
        if (EntityTags.matches(request.getHeader("If-None-Match"), read.etag())) {
            response.setStatus(304);
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The Jersey application that answers for real. */
    public interface Api {
        void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException;
    }

    private static boolean keepable(HttpServletResponse response) {
        String type = response.getContentType();
        String cacheControl = response.getHeader("Cache-Control");
        return response.getStatus() == 200 && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/json")
                && response.getHeader("Set-Cookie") == null
                && (cacheControl == null || !cacheControl.contains("no-store") && !cacheControl.contains("private"));
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String accept = request.getHeader("Accept");
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "\n" + (accept == null ? "" : accept);
    }

    private static void answer(CachedRead read, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (EntityTags.matches(request.getHeader("If-None-Match"), read.etag())) {
            response.setStatus(304);
            response.setHeader("ETag", read.etag());
            return;
        }
        response.setStatus(200);
        for (Map.Entry<String, String> header : read.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        if (response.getHeader("ETag") == null) {
            response.setHeader("ETag", read.etag());
        }
        response.setContentType(read.contentType());
        response.setContentLength(read.body().length);
        response.getOutputStream().write(read.body());
    }


    void put(String key, CachedRead read, long renderedIn) {
        if (generation.get() != renderedIn) {
            return;
        }
        reads.put(key, read);
        if (generation.get() != renderedIn) { // a purge raced the put
            reads.invalidate(key);
        }
    }

    /**
     * Tells the other caches of public things (the site's pages) that a write went through, before
     * it answers: whatever the write changed, the next page shows it.
     */
    private void announceWrite() {
        EventAdmin admin = events;
        if (admin != null) {
            admin.sendEvent(new Event(Topics.SITE_CHANGED, Map.of("bundle", "org.hromada.web", "reason", "api-write")));
        }
    }

    /** Drops everything. */
    public void purge() {
        generation.incrementAndGet();
        reads.invalidateAll();
    }

    @Override
    public void handleEvent(Event event) {
        purge();
    }
}
