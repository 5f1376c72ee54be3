package org.pashm.app.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.Registry;

/**
 * Adapts core's registry into CDI. The section modules know nothing of CDI: they are found with the ServiceLoader
 * (through META-INF/services, since Quarkus runs every jar on the class path) when the app starts, and a module
 * that does not fit stops the start with the registry's message.
 */
@Singleton
public class RegistryProducer {

    private static final Logger LOG = Logger.getLogger(RegistryProducer.class);

    @Produces
    @Singleton
    Registry registry() {
        return Registry.load(Thread.currentThread().getContextClassLoader());
    }

    void logModules(@Observes StartupEvent event, Registry registry) {
        for (ModuleInfo m : registry.modules()) {
            LOG.infof("Standard module %s %s loaded", m.name(), m.version());
        }
    }
}
