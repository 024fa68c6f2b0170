package org.hromada.documents.internal.attachments.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML entry of an office file (a zip), read safely: at most {@value #MAX_BYTES} uncompressed
 * bytes (a zip bomb inflates a few kilobytes into gigabytes) and with no DTD and no external
 * entities (XXE: an entity could name a file of the server or a URL).
 */
final class ZipXmlEntry implements AutoCloseable {
    /** The XML of a several-hundred-page document is well under this. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final ZipFile zip;
    private final XMLStreamReader xml;

    private ZipXmlEntry(ZipFile zip, XMLStreamReader xml) {
        this.zip = zip;
        this.xml = xml;
    }

    /** Opens {@code entryName} of the zip {@code file} for reading; throws when it is missing or not XML. */
    static ZipXmlEntry open(Path file, String entryName, long maxBytes) throws IOException, XMLStreamException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IOException("The file has no " + entryName + ".");
            }
            InputStream in = new Capped(zip.getInputStream(entry), maxBytes, entryName);
            return new ZipXmlEntry(zip, factory().createXMLStreamReader(in));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    XMLStreamReader xml() {
        return xml;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the zip is closed below all the same
        } finally {
            zip.close();
        }
    }

    /**
     * The JDK's own StAX parser (not whichever one the flat classpath's service files name), with
     * DTDs and external entities off.
     */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** Fails the read once more than {@code max} bytes came out of the inflater. */
    private static final class Capped extends FilterInputStream {
        private final long max;
        private final String name;
        private long total;

        Capped(InputStream in, long max, String name) {
            super(in);
            this.max = max;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws IOException {
            total += bytes;
            if (total > max) {
                throw new IOException(name + " inflates to more than " + max + " bytes.");
            }
        }
    }
}
