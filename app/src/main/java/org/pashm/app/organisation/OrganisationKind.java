package org.pashm.app.organisation;

import java.util.Arrays;
import java.util.List;

/** The kinds of organisation in the cashmere chain (the check constraint of table organisation lists the same). */
public final class OrganisationKind {

    public static final List<String> ALL = List.of("farm", "herder-household", "cooperative", "buying-station",
            "dehairing-station", "mill", "brand", "certification-body");

    private OrganisationKind() {
    }

    public static boolean isValid(String kind) {
        return ALL.contains(kind);
    }

    static String[] all() {
        return ALL.toArray(String[]::new);
    }

    static String list() {
        return Arrays.toString(all());
    }
}
