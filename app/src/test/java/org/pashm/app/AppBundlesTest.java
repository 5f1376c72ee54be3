package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pashm.text.BundleCheck;

/**
 * Every bundle of the repository (core, each module, each plugin, the app's own): every language gives every
 * English key, none empty, each a valid ICU template that says what the English one says.
 */
class AppBundlesTest {

    @Test
    void everyLanguageOfEveryBundleMatchesEnglish() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> found = Files.walk(Path.of(".."), 8)) {
            found.filter(p -> p.endsWith(Path.of("META-INF/pashm/messages")) && p.toString().contains("src/main"))
                    .forEach(p -> {
                        try (Stream<Path> each = Files.list(p)) {
                            each.filter(Files::isDirectory).forEach(dirs::add);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        assertThat(dirs).extracting(d -> d.getFileName().toString())
                .contains("org.pashm.app", "org.pashm.core", "org.pashm.housing");
        List<String> problems = new ArrayList<>();
        dirs.forEach(d -> problems.addAll(BundleCheck.of(d)));
        assertThat(problems).isEmpty();
    }
}
