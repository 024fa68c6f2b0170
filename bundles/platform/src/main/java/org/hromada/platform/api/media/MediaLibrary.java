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

    /**
     * A page of the library, newest first: for pickers that let an editor choose a file.
     *
     * @param kind {@link MediaFile#IMAGE}, {@link MediaFile#DOCUMENT}, or null for both
     * @param text words to look for in the file name, title and alt text; null or blank for all
     * @param page from 1
     * @param size at most 100
     */
    org.hromada.platform.api.web.PageResult<MediaFile> browse(String kind, String text, int page, int size);
}
