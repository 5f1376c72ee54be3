/**
 * ISO 22786 clause 11 (traceability and records) and the raw-cashmere clauses 5.26 and 6.26 (bags, inspection,
 * data records): catalogue entries and rules, the yearly cashmere inspection duties, and the pure rules of the fibre
 * chain that the app applies to stored records: {@code BagRules} (bag registration at harvest), {@code FinenessClass}
 * (5.26.2.4), {@code HarvestMethod}, {@code Retention} (clause 11 retention periods), {@code ClaimVerifier} (label
 * claims against the records behind a lot), {@code GoatCategory} and {@code Sex} (the herd registry's words),
 * {@code CustodyStep} (who keeps goats, fills bags, aggregates, dehairs), {@code MassBalance} and {@code Epcis} (the
 * chain of custody as EPCIS 2.0).
 *
 * @provides org.pashm.core.spi.StandardModule clauses 5.26, 6.26 and 11 of ISO 22786 DIS-2025
 */
module org.pashm.traceability {
    // Transitive: the exported rules speak core's types (ProductionSystem, ClauseNumber, Value.Quantity).
    requires transitive org.pashm.core;

    // The app applies these rules to the bags, lots and records it stores.
    exports org.pashm.traceability;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.traceability.internal.Traceability;
}
