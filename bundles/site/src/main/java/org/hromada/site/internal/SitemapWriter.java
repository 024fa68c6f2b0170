package org.hromada.site.internal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hromada.platform.api.site.SitemapSource;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9) over every {@link SitemapSource} and the two home pages.
 * A path listed twice is written once, with the later of its dates. The protocol allows 50,000 URLs
 * in one file; past that the rest are left out (and logged by the caller) until a sitemap index is needed.
 */
final class SitemapWriter {
    static final String CONTENT_TYPE = "application/xml;charset=UTF-8";
    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapWriter() {
    }

    /** Every entry, home pages first, deduplicated by path; at most {@value #MAX_URLS}. */
    static Map<String, Instant> collect(List<List<SitemapSource.Entry>> sources) {
        Map<String, Instant> urls = new LinkedHashMap<>();
        urls.put("/", null);
        urls.put("/en/", null);
        for (List<SitemapSource.Entry> source : sources) {
            for (SitemapSource.Entry entry : source) {
                if (entry.url() == null || !entry.url().startsWith("/") || entry.url().startsWith("//")) {
                    continue; // only this site's own paths
                }
                if (urls.size() >= MAX_URLS && !urls.containsKey(entry.url())) {
                    return urls;
                }
                urls.merge(entry.url(), entry.lastModified() == null ? Instant.EPOCH : entry.lastModified(),
                        (a, b) -> a == null || b.isAfter(a) ? b : a);
            }
        }
        return urls;
    }

    static String xml(Map<String, Instant> urls, String origin) {
        StringWriter out = new StringWriter(urls.size() * 120 + 200);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (Map.Entry<String, Instant> url : urls.entrySet()) {
                xml.writeStartElement("url");
                element(xml, "loc", origin + url.getKey());
                if (url.getValue() != null && url.getValue().isAfter(Instant.EPOCH)) {
                    element(xml, "lastmod", url.getValue().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap output failed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
