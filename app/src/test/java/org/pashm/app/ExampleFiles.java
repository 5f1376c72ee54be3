package org.pashm.app;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/** Lists the example evidence sets under META-INF/pashm/examples of a jar or a directory. */
final class ExampleFiles {

    private ExampleFiles() {
    }

    /** The names of every example shipped by any module on the class path, each once. */
    static List<String> shipped() throws IOException {
        List<String> names = new ArrayList<>();
        for (URL dir : java.util.Collections.list(
                ExampleFiles.class.getClassLoader().getResources("META-INF/pashm/examples"))) {
            names.addAll(list(dir));
        }
        return names.stream().distinct().toList();
    }

    static List<String> list(URL dir) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(dir.getProtocol())) {
            try (JarFile jar = ((JarURLConnection) dir.openConnection()).getJarFile()) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith("META-INF/pashm/examples/") && n.endsWith(".json"))
                        .forEach(n -> names.add(n.substring("META-INF/pashm/examples/".length(), n.length() - 5)));
            }
        } else {
            try (var files = Files.list(Path.of(dir.toURI()))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .forEach(n -> names.add(n.substring(0, n.length() - 5)));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return names;
    }
}
