@Export
@Version("1.5.0")
package org.hromada.platform.api.site;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
