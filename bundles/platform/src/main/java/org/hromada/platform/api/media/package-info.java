/**
 * The media library: uploaded images and documents, stored content-addressed, with their
 * metadata. The media bundle publishes {@link org.hromada.platform.api.media.MediaLibrary}; other
 * bundles reference it (optionally, when they can live without it) to resolve or attach files.
 */
@Export
@Version("2.0.0")
package org.hromada.platform.api.media;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
