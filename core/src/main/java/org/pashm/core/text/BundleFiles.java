package org.pashm.core.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.pashm.core.registry.CatalogueTable;

/**
 * A module's bundle files in its source tree ({@code src/main/resources/META-INF/pashm/messages/<module>/}): the
 * English one is written from the module's contributions ({@link Texts}), and every other language must give
 * exactly its keys. Used by each module's tests, as the clause table is.
 */
public final class BundleFiles {

    private BundleFiles() {
    }

    /** The directory of {@code module}'s bundles, relative to the module's base directory. */
    public static Path directory(String module) {
        return Path.of("src/main/resources/META-INF/pashm/messages", module);
    }

    /** {@code texts} as a properties file, sorted, UTF-8, one key per line. */
    public static String properties(String header, SortedMap<String, String> texts) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        texts.forEach((k, v) -> out.append(k).append(" = ").append(escape(v)).append('\n'));
        return out.toString();
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The keys and texts of a properties file read as UTF-8. */
    public static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Checks the module's bundles: the English one against what the module says now (rewritten when
     * {@code -Dpashm.regenerate=true}), and every other language's against the English keys. Returns the problems,
     * empty when all is current.
     */
    public static List<String> check(String module, SortedMap<String, String> english) {
        List<String> problems = new ArrayList<>();
        Path dir = directory(module);
        String header = "English texts of " + module + ". Generated from the module's code by its tests; do not "
                + "edit:\nrun them with -Dpashm.regenerate=true. Other languages translate every key, in "
                + "<language-tag>.properties.";
        String stale = CatalogueTable.staleness(dir.resolve("en.properties"), properties(header, english));
        if (stale != null) {
            problems.add(stale);
        }
        Set<String> keys = english.keySet();
        try (Stream<Path> files = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".properties") || name.equals("en.properties")) {
                    continue;
                }
                Properties p = read(f);
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(p.stringPropertyNames());
                Set<String> extra = new TreeSet<>(p.stringPropertyNames());
                extra.removeAll(keys);
                if (!missing.isEmpty()) {
                    problems.add(f + " lacks " + missing.size() + " key(s) the English bundle has: " + first(missing));
                }
                if (!extra.isEmpty()) {
                    problems.add(f + " has " + extra.size() + " key(s) the English bundle does not: " + first(extra));
                }
                for (Map.Entry<Object, Object> e : p.entrySet()) {
                    if (((String) e.getValue()).isBlank()) {
                        problems.add(f + ": " + e.getKey() + " is empty");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static String first(Set<String> keys) {
        return keys.stream().limit(10).toList() + (keys.size() > 10 ? " ..." : "");
    }
}
