package org.pashm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The translators' check finds what it is for, and core's own bundles pass it. */
class BundleCheckTest {

    @Test
    void coresBundlesAreCompleteAndUseTheEnglishArguments() {
        assertThat(BundleCheck.of(Path.of("../core/src/main/resources/META-INF/pashm/messages/org.pashm.core")))
                .isEmpty();
    }

    @Test
    void aMissingKeyAWrongArgumentAndBrokenSyntaxAreFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("zh-Hans.properties"), "a = {n}只羊\nc = {x}\n");
        Files.writeString(dir.resolve("en.properties"), "a = {n} goats\nb = text\nc = {x}\n"
                + "e = {n} {n, plural, one {is} other {are}} here\n");
        Files.writeString(dir.resolve("mn.properties"), "a = {m} ямаа\nc = {x, plural, other {#}\nd = extra\n"
                + "e = {n} энд байна\nb = текст\n");
        assertThat(BundleCheck.of(dir)).anyMatch(p -> p.contains("a uses [m], which English does not give"))
                .anyMatch(p -> p.contains("a leaves out [n], which English says"))
                .noneMatch(p -> p.contains(": e "))
                .anyMatch(p -> p.contains("zh-Hans.properties: no text for b"))
                .anyMatch(p -> p.contains("c is not ICU MessageFormat"))
                .anyMatch(p -> p.contains("d is not a key of en.properties"));
    }
}
