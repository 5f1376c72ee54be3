/**
 * The Shepherd Code: a template standard module. Copy this folder, rename the module, the package and the standard.
 *
 * @provides org.pashm.core.spi.StandardModule the Shepherd Code, 2026 edition
 */
module com.example.shepherd {
    requires org.pashm.core;

    // Register the provider here AND in src/main/resources/META-INF/services/org.pashm.core.spi.StandardModule:
    // the app reads the latter, tests on the module path the former; ShepherdCodeTest checks that they agree.
    provides org.pashm.core.spi.StandardModule with
            com.example.shepherd.ShepherdCode;
}
