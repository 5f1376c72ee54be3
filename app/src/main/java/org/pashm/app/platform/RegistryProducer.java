package org.pashm.app.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.Registry;
import org.pashm.core.spi.StandardModule;

/**
 * Adapts core's registry into CDI. The section modules know nothing of CDI: they are found with the ServiceLoader
 * (through META-INF/services, since Quarkus runs every jar on the class path) when the app starts. Further standard
 * modules are loaded from the plugins directory ({@code pashm.plugins.dir}), without rebuilding the app; see
 * {@link PluginDirectory}. A module or plugin that does not fit stops the start with a message naming it (and its
 * jar).
 */
@Singleton
public class RegistryProducer {

    private static final Logger LOG = Logger.getLogger(RegistryProducer.class);
    static final String DEFAULT_DIR = "plugins";

    @ConfigProperty(name = "pashm.plugins.dir", defaultValue = DEFAULT_DIR)
    String pluginsDir;

    private volatile Plugins plugins;

    @Produces
    @Singleton
    Registry registry() {
        // The app's own modules are checked on their own first, so that a fault of theirs is not blamed on a plugin.
        Registry builtIn = Registry.fromLoader(ServiceLoader.load(StandardModule.class,
                Thread.currentThread().getContextClassLoader()));
        Path dir = Path.of(pluginsDir);
        if (!Files.exists(dir)) {
            String message = "No plugins directory at " + dir.toAbsolutePath() + " (pashm.plugins.dir, "
                    + "PASHM_PLUGINS_DIR): only the built-in standard modules are loaded";
            if (DEFAULT_DIR.equals(pluginsDir)) {
                LOG.info(message);
            } else {
                LOG.warn(message);
            }
            plugins = new Plugins(List.of());
            return builtIn;
        }
        PluginDirectory.Result result = PluginDirectory.load(dir, builtIn, StandardModule.class.getClassLoader());
        plugins = new Plugins(result.plugins());
        return result.registry();
    }

    /** The plugins the registry was loaded with; asks for the registry first, so that both are made together. */
    @Produces
    @Singleton
    Plugins plugins(Registry registry) {
        return plugins;
    }

    void logModules(@Observes StartupEvent event, Registry registry, Plugins loaded) {
        for (ModuleInfo m : registry.modules()) {
            String jar = loaded.jarOf(m);
            if (jar == null) {
                LOG.infof("Standard module %s %s loaded", m.name(), m.version());
            } else {
                LOG.infof("Standard module %s %s loaded from plugin %s", m.name(), m.version(), jar);
            }
        }
    }
}
