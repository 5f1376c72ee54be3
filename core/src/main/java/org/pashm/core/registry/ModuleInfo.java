package org.pashm.core.registry;

/** A loaded module as reports and the catalogue name it: its name, version and where it was loaded from. */
public record ModuleInfo(String name, String version, String provider, String location) {

    /** How problems name the module: its name, and its provider class when that says more. */
    public String label() {
        return name.equals(provider) ? name : name + " (" + provider + ")";
    }
}
