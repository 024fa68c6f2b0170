/** The audit log: who changed what, when, and the values before and after. */
@Export
@Version("1.0.0")
package org.hromada.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
