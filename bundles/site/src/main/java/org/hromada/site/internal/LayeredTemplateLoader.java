package org.hromada.site.internal;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * FreeMarker's view of the layers: the first layer that has the name wins. FreeMarker re-asks
 * after its update delay and compares the source and its date with what it cached, so an edited
 * theme file, or a theme file that now overrides a bundle's, shows without a restart.
 */
final class LayeredTemplateLoader implements TemplateLoader {
    private final Supplier<List<ResourceFolder>> layers;

    LayeredTemplateLoader(Supplier<List<ResourceFolder>> layers) {
        this.layers = layers;
    }

    @Override
    public Object findTemplateSource(String name) {
        for (ResourceFolder folder : layers.get()) {
            Optional<Resource> found = folder.find(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    @Override
    public long getLastModified(Object source) {
        return ((Resource) source).lastModified();
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(((Resource) source).open(), encoding);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing held open between calls.
    }
}
