/**
 * ISO 22786 clause 5: the housing production system (definition 3.6) as catalogue entries, rules and duties.
 * Exports nothing: everything it offers reaches the app through the registry.
 *
 * @provides org.pashm.core.spi.StandardModule clause 5 of ISO 22786 DIS-2025
 */
module org.pashm.housing {
    requires org.pashm.core;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.housing.HousingSystem;
}
