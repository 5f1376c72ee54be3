package org.pashm.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.pashm.core.spi.StandardModule;

/**
 * The texts of one language, from every loaded module's bundle: {@code META-INF/pashm/messages/<module>/<tag>.properties}
 * in the module's own jar, read as UTF-8. A module without a bundle in this language adds nothing; its texts are
 * then said in English, and the {@link Renderer} says so.
 */
public final class Bundle {

    /** Where a module's bundles are, under its module name. */
    public static String path(String module, String languageTag) {
        return "META-INF/pashm/messages/" + module + "/" + languageTag + ".properties";
    }

    private final String languageTag;
    private final Map<String, String> texts;

    private Bundle(String languageTag, Map<String, String> texts) {
        this.languageTag = languageTag;
        this.texts = Map.copyOf(texts);
    }

    public static Bundle load(String languageTag, Collection<? extends StandardModule> modules) {
        return load(languageTag, modules, null, java.util.List.of());
    }

    /**
     * The modules' bundles and, from {@code loader}, the bundles named {@code others} (an application's own texts:
     * its problems, its reminders), all in one language.
     */
    public static Bundle load(String languageTag, Collection<? extends StandardModule> modules, ClassLoader loader,
                              Collection<String> others) {
        Map<String, String> texts = new HashMap<>();
        for (String other : others) {
            String path = path(other, languageTag);
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in != null) {
                    read(in, texts);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the bundle " + path + " cannot be read", e);
            }
        }
        for (StandardModule module : modules) {
            String path = path(module.name(), languageTag);
            try (InputStream in = module.getClass().getModule().getResourceAsStream(path)) {
                InputStream found = in != null ? in : module.getClass().getClassLoader().getResourceAsStream(path);
                if (found == null) {
                    continue;
                }
                read(found, texts);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundle " + path + " of " + module.name() + " cannot be read", e);
            }
        }
        return new Bundle(languageTag, texts);
    }

    private static void read(InputStream in, Map<String, String> texts) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            p.forEach((k, v) -> texts.put((String) k, (String) v));
        }
    }

    public String languageTag() {
        return languageTag;
    }

    /** The text or template under {@code key}, or null when this language's bundles lack it. */
    public String get(String key) {
        return texts.get(key);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public int size() {
        return texts.size();
    }
}
