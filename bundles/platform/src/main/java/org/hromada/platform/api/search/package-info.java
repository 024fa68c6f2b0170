@Export
@Version("1.1.0")
package org.hromada.platform.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
