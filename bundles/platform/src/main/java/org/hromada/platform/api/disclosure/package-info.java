/**
 * Article 15 disclosure checks: the SPI through which any bundle tells how well the council meets
 * one item of Article 15 of the Law "On Access to Public Information" (DOMAIN.md section 1.2).
 */
@Export
@Version("1.0.0")
package org.hromada.platform.api.disclosure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
