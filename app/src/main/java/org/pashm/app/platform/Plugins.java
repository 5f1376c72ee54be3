package org.pashm.app.platform;

import java.util.List;
import org.pashm.core.registry.ModuleInfo;

/** The plugin jars loaded at start-up from the plugins directory, and which module came from which jar. */
public record Plugins(List<PluginDirectory.Plugin> loaded) {

    public Plugins {
        loaded = List.copyOf(loaded);
    }

    /** The file name of the plugin jar a module was loaded from, or null for a module of the app itself. */
    public String jarOf(ModuleInfo module) {
        for (PluginDirectory.Plugin p : loaded) {
            boolean mine = p.modules().stream().anyMatch(m -> m.getClass().getName().equals(module.provider())
                    && m.name().equals(module.name()));
            if (mine) {
                return p.fileName();
            }
        }
        return null;
    }
}
