package org.hromada.documents.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hromada.documents.internal.attachments.text.ExtractedText;
import org.hromada.documents.internal.attachments.text.TextExtraction;
import org.hromada.documents.internal.store.AttachmentStore;
import org.hromada.documents.internal.web.AttachmentView;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.media.MediaUpload;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches an uploaded file to a document: the body is received into a temporary file (capped), its
 * type told from the bytes, its text extracted, the file stored in the media library and the
 * attachment recorded. The temporary file is gone afterwards, whatever happens.
 */
@Component(service = AttachmentUploads.class)
public class AttachmentUploads {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentUploads.class);
    /** How the names of received files start. */
    public static final String TEMP_PREFIX = "attachment-";

    @Reference
    private AttachmentStore store;

    // Optional: without the media library the register still works; only uploads answer 503.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MediaLibrary media;

    private UploadSettings settings;

    @Activate
    void activate(BundleContext context) {
        settings = UploadSettings.from(context::getProperty);
    }

    public long maxBytes() {
        return settings.maxBytes();
    }

    /** 404 for an unknown document, 503 without the media library: answered before the body is read. */
    public void checkTarget(long documentId) {
        library();
        store.requireDocument(documentId);
    }

    /** Where uploads wait, as {@value #TEMP_PREFIX}*.part files, until they are attached or dropped. */
    public Path tempDir() {
        return settings.tempDir();
    }

    /** Reads an upload into a temporary file: 413 over the limit, 400 when the body breaks off. */
    public Path receive(InputStream body) {
        try {
            Files.createDirectories(settings.tempDir());
            return BoundedUpload.toTempFile(body, settings.tempDir(), TEMP_PREFIX, settings.maxBytes(), null).file();
        } catch (BoundedUpload.TooLargeException e) {
            throw tooLarge(settings.maxBytes());
        } catch (BoundedUpload.UnreadableException e) {
            throw unreadable(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks, extracts, stores and records a received file; deletes it in every case. */
    public AttachmentView attach(long documentId, Path received, String filename, String rawTitle, Identity who) {
        try {
            MediaLibrary library = library();
            store.requireDocument(documentId);
            if (Files.size(received) == 0) {
                throw ProblemException.invalid(List.of(new FieldError("file", "is empty")));
            }
            AttachmentType type = AttachmentType.detect(received).orElseThrow(AttachmentUploads::unsupported);
            String title = AttachmentRules.title(rawTitle, type.isImage());
            ExtractedText text = TextExtraction.of(received, type);
            MediaFile stored;
            try (InputStream content = Files.newInputStream(received)) {
                stored = library.store(new MediaUpload(content, filename, type.isImage() ? title : null, title, who));
            }
            return store.add(documentId, stored, title, text, who);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard(received);
        }
    }

    /** Deletes a received file that will not be attached. */
    public void discard(Path received) {
        if (received == null) {
            return;
        }
        try {
            Files.deleteIfExists(received);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {}: {}", received, e.getMessage());
        }
    }

    /** The upload broke off (400). */
    public static ProblemException unreadable(String why) {
        return ProblemException.badRequest("The upload could not be read: " + why);
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "Content Too Large", "The upload is larger than the limit of "
                + maxBytes + " bytes (media.max.bytes).");
    }

    private MediaLibrary library() {
        MediaLibrary library = media;
        if (library == null) {
            throw new ProblemException(503, "Service Unavailable",
                    "The media library is not running, so files cannot be attached now.");
        }
        return library;
    }

    private static ProblemException unsupported() {
        return new ProblemException(415, "Unsupported Media Type", "A document's attachment must be one of "
                + AttachmentType.mediaTypes() + " (PDF, DOCX, ODT, or a JPEG or PNG scan); this file is none of them.");
    }
}
