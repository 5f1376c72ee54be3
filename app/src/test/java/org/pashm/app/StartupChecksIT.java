package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, fail fast: the packaged app, started as an operator starts it, refuses to start when the key that
 * verifies tokens is missing or broken, and says which setting to fix; before, it started "ready" and then answered
 * 500 to every authenticated call (missing) or refused every valid token (broken), with nothing logged.
 */
class StartupChecksIT {

    private static String refusedStart(Path dir, String keys) throws Exception {
        return refusedStart(Files.createDirectories(dir.resolve("plugins")), Map.of("PASHM_JWT_KEYS", keys));
    }

    private static String refusedStart(Path plugins, Map<String, String> settings) throws Exception {
        PluginStartupIT.Run run = PluginStartupIT.start(plugins, settings);
        try {
            assertThat(run.process().waitFor(120, TimeUnit.SECONDS)).as("the app stops by itself").isTrue();
            Thread.sleep(200); // the last lines
            String out = run.text();
            assertThat(run.process().exitValue()).as(out).isNotZero();
            assertThat(out).doesNotContain("Listening on");
            return out;
        } finally {
            PluginStartupIT.stop(run);
        }
    }

    @Test
    void aMissingTokenKeyFileStopsTheStartNamingTheSetting(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-key.pem");
        assertThat(refusedStart(dir, missing.toString()))
                .contains("PASHM_JWT_KEYS (mp.jwt.verify.publickey.location) is '" + missing + "'");
    }

    @Test
    void aBrokenTokenKeyFileStopsTheStartNamingTheSetting(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pem"),
                "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");
        assertThat(refusedStart(dir, broken.toString()))
                .contains("PASHM_JWT_KEYS (mp.jwt.verify.publickey.location) is '" + broken + "', which holds no "
                        + "public key");
    }

    @Test
    void aPluginsDirectoryThatIsAFileStopsTheStartNamingTheSetting(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plugins.txt"), "not a directory");
        assertThat(refusedStart(file, Map.of()))
                .contains("PASHM_PLUGINS_DIR (pashm.plugins.dir) is '" + file + "', which is not a directory");
    }
}
