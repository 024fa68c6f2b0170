package org.hromada.platform.api.media;

import java.util.Optional;

/**
 * The media library, published by the media bundle. A bundle that merely shows files (a cover
 * image) references it optionally and dynamically, so it still works when the library is absent.
 */
public interface MediaLibrary {

    /** The file with this id, or empty when there is none. */
    Optional<MediaFile> find(long id);

    /**
     * Checks, stores and records a file. The type is detected from the bytes, never from the name.
     *
     * @throws org.hromada.platform.api.web.ProblemException 413 over the size limit, 415 for a type
     *         that is not allowed (or a name whose extension contradicts the bytes), 422 for an image
     *         without alt text, one too large in pixels, or one that cannot be read; 400 when the
     *         content cannot be read
     */
    MediaFile store(MediaUpload upload);
}
