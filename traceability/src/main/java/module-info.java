/**
 * ISO 22786 clause 11 (traceability and records) and the raw-cashmere clauses 5.26 and 6.26 (bags, inspection,
 * data records): catalogue entries and rules, and the pure rules of the fibre chain that the app applies to
 * stored records (retention periods, bag validity, fineness classes).
 *
 * @provides org.pashm.core.spi.StandardModule clauses 5.26, 6.26 and 11 of ISO 22786 DIS-2025
 */
module org.pashm.traceability {
    requires transitive org.pashm.core;

    // The app applies these rules to the bags, lots and records it stores.
    exports org.pashm.traceability;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.traceability.internal.Traceability;
}
