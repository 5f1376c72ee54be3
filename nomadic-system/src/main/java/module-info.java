/**
 * ISO 22786 clause 6: the nomadic production system (definition 3.7) as catalogue entries, rules and duties.
 * Exports nothing: everything it offers reaches the app through the registry.
 *
 * @provides org.pashm.core.spi.StandardModule clause 6 of ISO 22786 DIS-2025
 */
module org.pashm.nomadic {
    requires org.pashm.core;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.nomadic.NomadicSystem;
}
