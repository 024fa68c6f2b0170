package org.hromada.content.internal.cover;

import java.util.Optional;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.MediaLibrary;
import org.hromada.platform.api.web.FieldError;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Cover images, through the media library when it is there (an optional, dynamic reference: the
 * content bundle works without the media bundle). Without it a cover id is accepted unchecked and
 * pages show no cover; with it an unknown id or a file that is not an image is a 422.
 */
@Component(service = Covers.class)
public class Covers {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MediaLibrary media;

    /** What is wrong with this cover id, if the library can tell. */
    public Optional<FieldError> problem(long coverId) {
        MediaLibrary library = media;
        if (library == null) {
            return Optional.empty();
        }
        Optional<MediaFile> file = library.find(coverId);
        if (file.isEmpty()) {
            return Optional.of(new FieldError("coverId", "there is no media file with id " + coverId));
        }
        if (!file.get().isImage()) {
            return Optional.of(new FieldError("coverId", "media file " + coverId + " is not an image"));
        }
        return Optional.empty();
    }

    /** The cover's image, when the library is there and has it. */
    public Optional<MediaFile> image(Long coverId) {
        MediaLibrary library = media;
        if (coverId == null || library == null) {
            return Optional.empty();
        }
        return library.find(coverId).filter(MediaFile::isImage);
    }
}
