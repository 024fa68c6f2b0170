package org.hromada.site.internal;

import java.util.Optional;

/** One layer of templates and messages: a theme's folder or a bundle's templates folder. */
interface ResourceFolder {

    /** The file at the relative {@code name} (such as {@code example/item.ftl}), if this layer has it. */
    Optional<Resource> find(String name);
}
