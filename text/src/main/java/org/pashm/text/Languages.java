package org.pashm.text;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pashm.core.spi.StandardModule;

/**
 * The languages Pashm speaks and a {@link Renderer} for each: English, and every language listed in core's
 * {@code META-INF/pashm/messages/languages} (one tag per line), which each module translates in its own bundle
 * files. A reader's wish (an {@code Accept-Language} header, a {@code lang} parameter) is matched with ICU's
 * {@link LocaleMatcher}, so "zh-CN" and "zh" find Simplified Chinese; what matches nothing is said in English.
 */
public final class Languages {

    public static final String ENGLISH = "en";
    static final String LIST = "META-INF/pashm/messages/languages";

    private final Map<String, Renderer> renderers;
    private final LocaleMatcher matcher;

    private Languages(Map<String, Renderer> renderers) {
        this.renderers = renderers;
        List<ULocale> supported = renderers.keySet().stream().map(ULocale::forLanguageTag).toList();
        this.matcher = LocaleMatcher.builder().setSupportedULocales(supported)
                .setDefaultULocale(ULocale.ENGLISH).build();
    }

    public static Languages load(Collection<? extends StandardModule> modules) {
        return load(modules, null, List.of());
    }

    /** The modules' texts and the bundles named {@code others} from {@code loader} (an application's own). */
    public static Languages load(Collection<? extends StandardModule> modules, ClassLoader loader,
                                 Collection<String> others) {
        Bundle english = Bundle.load(ENGLISH, modules, loader, others);
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        renderers.put(ENGLISH, new Renderer(english, english));
        for (String tag : listed()) {
            if (!tag.equals(ENGLISH)) {
                renderers.put(tag, new Renderer(Bundle.load(tag, modules, loader, others), english));
            }
        }
        return new Languages(renderers);
    }

    /** The tags core's list gives, English first. */
    public static List<String> listed() {
        List<String> tags = new ArrayList<>(List.of(ENGLISH));
        try (InputStream in = Languages.class.getClassLoader().getResourceAsStream(LIST) != null
                ? Languages.class.getClassLoader().getResourceAsStream(LIST)
                : org.pashm.core.standard.Freedom.class.getModule().getResourceAsStream(LIST)) {
            if (in == null) {
                return tags;
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !tags.contains(l)).forEach(tags::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tags;
    }

    /** The tags of the languages spoken, English first. */
    public List<String> tags() {
        return List.copyOf(renderers.keySet());
    }

    public Renderer english() {
        return renderers.get(ENGLISH);
    }

    /** The renderer of exactly {@code tag}, or null. */
    public Renderer exactly(String tag) {
        return renderers.get(tag);
    }

    /**
     * The best language for an {@code Accept-Language} header (or a single tag): the best match among those
     * spoken, else English.
     */
    public Renderer forWish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return english();
        }
        ULocale best;
        try {
            best = matcher.getBestMatch(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return english();
        }
        Renderer r = renderers.get(best.toLanguageTag());
        if (r != null) {
            return r;
        }
        for (Map.Entry<String, Renderer> e : renderers.entrySet()) {
            if (ULocale.forLanguageTag(e.getKey()).equals(best)) {
                return e.getValue();
            }
        }
        return english();
    }
}
