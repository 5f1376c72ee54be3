package org.pashm.text;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a directory of bundles ({@code en.properties} and its translations) the way a translator's work should be
 * checked: every language gives exactly the English keys, none empty, every text is valid ICU MessageFormat and uses
 * the same arguments as the English one. For module authors and for the tests of the modules and the app.
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    /** The problems of the bundles in {@code dir}; empty when every language matches English. */
    public static List<String> of(Path dir) {
        List<String> problems = new ArrayList<>();
        Properties english = read(dir.resolve("en.properties"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".properties")) {
                    continue;
                }
                Properties other = read(f);
                Set<String> missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(other.stringPropertyNames());
                Set<String> extra = new TreeSet<>(other.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                missing.forEach(k -> problems.add(f + ": no text for " + k));
                extra.forEach(k -> problems.add(f + ": " + k + " is not a key of en.properties"));
                for (String key : other.stringPropertyNames()) {
                    String text = other.getProperty(key);
                    if (text.isBlank()) {
                        problems.add(f + ": " + key + " is empty");
                        continue;
                    }
                    Set<String> args;
                    try {
                        args = arguments(text);
                    } catch (IllegalArgumentException e) {
                        problems.add(f + ": " + key + " is not ICU MessageFormat: " + e.getMessage());
                        continue;
                    }
                    String en = english.getProperty(key);
                    if (en == null) {
                        continue;
                    }
                    Set<String> unknown = new TreeSet<>(args);
                    unknown.removeAll(arguments(en));
                    Set<String> lost = new TreeSet<>(said(en));
                    lost.removeAll(args);
                    if (!unknown.isEmpty()) {
                        problems.add(f + ": " + key + " uses " + unknown + ", which English does not give");
                    }
                    if (!lost.isEmpty()) {
                        problems.add(f + ": " + key + " leaves out " + lost + ", which English says");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The names of the arguments a template uses, at any depth. */
    static Set<String> arguments(String template) {
        MessagePattern p = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(template);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(p.getSubstring(part));
            }
        }
        return names;
    }

    /**
     * The arguments a template says (as text or as a number), not those it only chooses words by: English's
     * "{count, plural, one {is} other {are}}" needs {@code count} for its grammar, which Chinese does without.
     */
    static Set<String> said(String template) {
        MessagePattern p = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(template);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = p.getSubstring(p.getPart(i + 1));
            MessagePattern.ArgType type = part.getArgType();
            if (type == MessagePattern.ArgType.NONE || type == MessagePattern.ArgType.SIMPLE) {
                names.add(name);
            } else if (type.hasPluralStyle()) {
                int limit = p.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    if (p.getPart(j).getType() == MessagePattern.Part.Type.REPLACE_NUMBER) {
                        names.add(name);
                        break;
                    }
                }
            }
        }
        return names;
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
