package org.hromada.site.internal;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hromada.platform.api.site.Feed;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a bundle's {@link Feed} as Atom 1.0 with ROME: absolute links (feed readers need them),
 * the {@code self} link, the feed's language ({@code xml:lang}), plain-text titles and summaries (ROME escapes them).
 */
final class FeedWriter {
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    private FeedWriter() {
    }

    /**
     * @param title  the feed's title, already in the request's language
     * @param origin {@code scheme://host[:port]} that makes the feed's paths absolute
     * @param self   the feed's own path
     */
    static String atom(Feed feed, String title, String language, String origin, String self) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(origin + self);
        atom.setTitle(title);
        atom.setLanguage(language);
        atom.setAlternateLinks(List.of(link("alternate", origin + feed.link(), "text/html")));
        atom.setOtherLinks(List.of(link("self", origin + self, "application/atom+xml")));
        Instant updated = Instant.EPOCH;
        List<Entry> entries = new ArrayList<>();
        for (Feed.Entry e : feed.entries()) {
            entries.add(entry(e, origin));
            Instant changed = e.updated() != null ? e.updated() : e.published();
            if (changed != null && changed.isAfter(updated)) {
                updated = changed;
            }
        }
        atom.setEntries(entries);
        atom.setUpdated(Date.from(updated));
        // ROME finds its generators through a properties file read with the context class loader.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(WireFeedOutput.class.getClassLoader());
        try {
            Document document = new WireFeedOutput().outputJDom(atom);
            // Atom 1.0 states the language as xml:lang, which ROME leaves out.
            document.getRootElement().setAttribute("lang", language, Namespace.XML_NAMESPACE);
            return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom output failed for " + self, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Entry entry(Feed.Entry e, String origin) {
        Entry entry = new Entry();
        entry.setId(origin + "/" + e.id());
        entry.setTitle(e.title());
        entry.setAlternateLinks(List.of(link("alternate", origin + e.url(), "text/html")));
        if (e.published() != null) {
            entry.setPublished(Date.from(e.published()));
        }
        Instant updated = e.updated() != null ? e.updated() : e.published();
        entry.setUpdated(Date.from(updated == null ? Instant.EPOCH : updated));
        if (e.summary() != null && !e.summary().isBlank()) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(e.summary());
            entry.setSummary(summary);
        }
        if (e.author() != null && !e.author().isBlank()) {
            Person author = new Person();
            author.setName(e.author());
            entry.setAuthors(List.<SyndPerson>of(author));
        }
        if (e.category() != null && !e.category().isBlank()) {
            Category category = new Category();
            category.setTerm(e.category());
            entry.setCategories(List.of(category));
        }
        return entry;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
