package org.pashm.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Checks that a module registers its service providers the same way twice: {@code provides} in its
 * {@code module-info.class}, read on the module path, and {@code META-INF/services}, read on the class path
 * (which is how Quarkus runs every jar). Works from a jar or a build directory, on either path.
 */
public final class ProviderCheck {

    private ProviderCheck() {
    }

    /** One service's providers as the descriptor and the services file list them. */
    public record Registration(String service, Set<String> moduleInfo, Set<String> servicesFile) {
        public boolean agrees() {
            return moduleInfo.equals(servicesFile);
        }
    }

    /**
     * The registrations of every service that the module containing {@code anyClass} provides in either place.
     * Throws when the module has no module-info.class.
     */
    public static List<Registration> registrations(Class<?> anyClass) {
        Path location = location(anyClass);
        ModuleDescriptor descriptor;
        try (InputStream in = open(location, "module-info.class")) {
            if (in == null) {
                throw new IllegalStateException(location + " has no module-info.class");
            }
            descriptor = ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        for (ModuleDescriptor.Provides p : descriptor.provides()) {
            declared.put(p.service(), new TreeSet<>(p.providers()));
        }
        Set<String> services = new TreeSet<>(declared.keySet());
        services.addAll(listedServices(location));
        List<Registration> result = new ArrayList<>();
        for (String service : services) {
            result.add(new Registration(service, declared.getOrDefault(service, Set.of()),
                    servicesFile(location, service)));
        }
        return result;
    }

    /** Human-readable disagreements; empty when both registrations list the same providers. */
    public static List<String> mismatches(Class<?> anyClass) {
        List<String> problems = new ArrayList<>();
        for (Registration r : registrations(anyClass)) {
            if (!r.agrees()) {
                problems.add(r.service() + ": module-info provides " + r.moduleInfo()
                        + " but META-INF/services lists " + r.servicesFile());
            }
        }
        return problems;
    }

    private static Path location(Class<?> anyClass) {
        try {
            return Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(Path location, String entry) throws IOException {
        if (Files.isDirectory(location)) {
            Path p = location.resolve(entry);
            return Files.exists(p) ? Files.newInputStream(p) : null;
        }
        JarFile jar = new JarFile(location.toFile());
        ZipEntry e = jar.getEntry(entry);
        if (e == null) {
            jar.close();
            return null;
        }
        return new java.io.FilterInputStream(jar.getInputStream(e)) {
            @Override
            public void close() throws IOException {
                super.close();
                jar.close();
            }
        };
    }

    private static Set<String> listedServices(Path location) {
        Set<String> names = new TreeSet<>();
        try {
            if (Files.isDirectory(location)) {
                Path dir = location.resolve("META-INF/services");
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(ZipEntry::getName)
                            .filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/"))
                            .forEach(n -> names.add(n.substring("META-INF/services/".length())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Set<String> servicesFile(Path location, String service) {
        Set<String> providers = new TreeSet<>();
        try (InputStream in = open(location, "META-INF/services/" + service)) {
            if (in == null) {
                return providers;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.replaceAll("#.*", "").trim();
                if (!name.isEmpty()) {
                    providers.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return providers;
    }
}
