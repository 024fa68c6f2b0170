@Export
@Version("1.2.0")
package org.hromada.platform.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
