package org.pashm.app.platform;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.pashm.core.registry.Registry;
import org.pashm.core.registry.RegistryException;
import org.pashm.core.spi.ProviderCheck;
import org.pashm.core.spi.StandardModule;

/**
 * Standard modules dropped into a directory as jars, loaded without rebuilding the app.
 *
 * <p>Each {@code *.jar} directly in the directory gets a class loader of its own whose parent is the app's, so a
 * plugin sees core (and nothing of another plugin), and its providers are read from its own
 * {@code META-INF/services/org.pashm.core.spi.StandardModule}. Every plugin is then checked on its own against the
 * app's modules, so that each problem is reported with the jar it comes from: a provider that does not load, is not
 * a {@link StandardModule}, cannot be made, or is registered differently in {@code module-info} and
 * {@code META-INF/services}; and everything the {@link Registry} refuses (duplicate clause numbers, a rule reading a
 * code nobody defines, a crosswalk to a clause that does not exist...). Nothing is loaded when anything is wrong:
 * the app does not start with half its standards.
 */
public final class PluginDirectory {

    static final String SERVICES = "META-INF/services/" + StandardModule.class.getName();
    /** The setting that names the directory, as an operator sets it: said in every refusal of the directory. */
    static final String SETTING = "PASHM_PLUGINS_DIR (pashm.plugins.dir)";

    /** One plugin jar and the modules it provides. */
    public record Plugin(Path jar, List<StandardModule> modules) {
        public Plugin {
            modules = List.copyOf(modules);
        }

        public String fileName() {
            return jar.getFileName().toString();
        }
    }

    private PluginDirectory() {
    }

    /**
     * Loads every plugin jar in {@code dir} and returns the registry of the app's own modules and the plugins, or
     * throws a {@link RegistryException} listing every problem, each naming its jar.
     *
     * @param builtIn the registry of the app's own modules (from its class path), already checked on their own
     * @param parent  the class loader plugin classes delegate to: the one that loaded core
     */
    public static Result load(Path dir, Registry builtIn, ClassLoader parent) {
        List<String> problems = new ArrayList<>();
        List<Plugin> plugins = new ArrayList<>();
        for (Path jar : jars(dir)) {
            Plugin plugin = open(jar, parent, problems);
            if (plugin == null) {
                continue;
            }
            try {
                builtIn.with(plugin.modules());
                plugins.add(plugin);
            } catch (RegistryException e) {
                e.problems().forEach(p -> problems.add(where(jar) + ": " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryException(problems);
        }
        List<StandardModule> all = new ArrayList<>();
        plugins.forEach(p -> all.addAll(p.modules()));
        try {
            return new Result(builtIn.with(all), plugins);
        } catch (RegistryException e) {
            // Each plugin fits the app alone, so these are conflicts between plugins: say which jars hold what.
            List<String> withJars = new ArrayList<>(e.problems());
            withJars.add("the plugins in " + dir.toAbsolutePath() + " that conflict: " + plugins.stream()
                    .map(p -> p.fileName() + " (" + p.modules().stream().map(StandardModule::name)
                            .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; ")));
            throw new RegistryException(withJars);
        }
    }

    /** As {@link #load(Path, Registry, ClassLoader)}, with the app's own modules given one by one. */
    public static Result load(Path dir, Collection<? extends StandardModule> builtIn, ClassLoader parent) {
        return load(dir, Registry.of(builtIn), parent);
    }

    /** The registry of the app's modules and the plugins, and the plugins themselves. */
    public record Result(Registry registry, List<Plugin> plugins) {
        public Result {
            plugins = List.copyOf(plugins);
        }
    }

    /** The {@code *.jar} files directly in {@code dir}, by name. */
    static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RegistryException(List.of(SETTING + " is '" + dir.toAbsolutePath()
                    + "', which is not a directory"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new RegistryException(SETTING + " is '" + dir.toAbsolutePath() + "', which cannot be read: " + e, e);
        }
    }

    private static String where(Path jar) {
        return "plugin " + jar.toAbsolutePath();
    }

    /** The jar's providers, made; null (with the problems added) when any of them cannot be. */
    private static Plugin open(Path jar, ClassLoader parent, List<String> problems) {
        Set<String> providers;
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry services = file.getEntry(SERVICES);
            if (services == null) {
                problems.add(where(jar) + ": provides no standard module: it has no " + SERVICES
                        + " naming its StandardModule class");
                return null;
            }
            try (InputStream in = file.getInputStream(services)) {
                providers = new LinkedHashSet<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String name = line.replaceAll("#.*", "").trim();
                    if (!name.isEmpty()) {
                        providers.add(name);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(where(jar) + ": is not a readable jar file (" + e.getMessage() + ")");
            return null;
        }
        if (providers.isEmpty()) {
            problems.add(where(jar) + ": its " + SERVICES + " names no class");
            return null;
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("pashm-plugin " + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            problems.add(where(jar) + ": " + e);
            return null;
        }
        List<StandardModule> modules = new ArrayList<>();
        int before = problems.size();
        for (String provider : providers) {
            StandardModule module = make(jar, provider, loader, problems);
            if (module != null) {
                modules.add(module);
            }
        }
        if (problems.size() == before && !modules.isEmpty()) {
            try {
                ProviderCheck.mismatches(modules.get(0).getClass())
                        .forEach(m -> problems.add(where(jar) + ": registers its providers differently in "
                                + "module-info and META-INF/services: " + m));
            } catch (IllegalStateException e) {
                // No module-info.class: a plain jar, registered in META-INF/services only. Allowed.
            }
        }
        return problems.size() == before ? new Plugin(jar, modules) : null;
    }

    private static StandardModule make(Path jar, String provider, URLClassLoader loader, List<String> problems) {
        String where = where(jar) + ": provider " + provider;
        Class<?> type;
        try {
            type = Class.forName(provider, false, loader);
        } catch (ClassNotFoundException e) {
            problems.add(where + " does not load: the class is not in the jar (ClassNotFoundException)");
            return null;
        } catch (LinkageError e) {
            problems.add(where + " does not load: " + e);
            return null;
        }
        if (type.getClassLoader() != loader) {
            problems.add(where + " is already on the app's class path: a plugin may not replace a class of the app");
            return null;
        }
        if (!StandardModule.class.isAssignableFrom(type)) {
            problems.add(where + " does not implement " + StandardModule.class.getName());
            return null;
        }
        try {
            return (StandardModule) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            problems.add(where + " has no public no-argument constructor");
        } catch (InvocationTargetException e) {
            problems.add(where + " could not be made: its constructor threw " + e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            problems.add(where + " does not load: " + e);
        }
        return null;
    }
}
