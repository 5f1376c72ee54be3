/**
 * ISO 22786 clauses 7 to 10 and 12, which apply to both production systems: transportation, transportation
 * personnel, loading and unloading, transition (herd movements) and killing. Exports nothing: everything it offers
 * reaches the app through the registry.
 *
 * @provides org.pashm.core.spi.StandardModule clauses 7-10 and 12 of ISO 22786 DIS-2025
 */
module org.pashm.transport {
    requires org.pashm.core;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.transport.Transport;
}
