package org.pashm.app.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.pashm.core.registry.Registry;
import org.pashm.text.Languages;

/**
 * The languages the app speaks, from the bundles of every loaded module (plugins included): what turns the findings
 * and texts, stored as data, into words when they are read.
 */
@Singleton
public class LanguagesProducer {

    /** The app's own bundle: its reminders' words ({@code META-INF/pashm/messages/org.pashm.app/}). */
    public static final String APP = "org.pashm.app";

    @Produces
    @Singleton
    Languages languages(Registry registry) {
        return Languages.load(registry.providers(), LanguagesProducer.class.getClassLoader(), List.of(APP));
    }
}
