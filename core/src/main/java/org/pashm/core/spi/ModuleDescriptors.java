package org.pashm.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Optional;

/**
 * The module descriptor of the jar (or build directory) a class was loaded from, whether the class runs in a named
 * module or on the class path. On the class path (how Quarkus runs every jar) the descriptor is read from that
 * jar's own {@code module-info.class}, so a module keeps its name and version on both paths.
 */
public final class ModuleDescriptors {

    private ModuleDescriptors() {
    }

    public static Optional<ModuleDescriptor> of(Class<?> type) {
        Module module = type.getModule();
        if (module.isNamed() && module.getDescriptor() != null) {
            return Optional.of(module.getDescriptor());
        }
        URL root = root(type);
        if (root == null) {
            return Optional.empty();
        }
        try (InputStream in = new URL(root, "module-info.class").openStream()) {
            return Optional.of(ModuleDescriptor.read(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The URL of the root the class was loaded from: a jar's root or a classes directory. */
    static URL root(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        URL url = type.getClassLoader() == null ? null : type.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        String s = url.toString();
        if (!s.endsWith(resource)) {
            return null;
        }
        try {
            return new URL(url, s.substring(0, s.length() - resource.length()));
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
