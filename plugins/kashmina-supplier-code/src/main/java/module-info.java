/**
 * Kashmina's supplier code: what the brand asks of the suppliers and partners it chooses, for their workers, their
 * goats and their raw fibre, with its own decision rule and a crosswalk from its requirements to ISO 22786. A
 * plugin: it depends on core alone and reaches the app from the plugins directory. Exports nothing.
 *
 * @provides org.pashm.core.spi.StandardModule the supplier code, edition 1, and its crosswalk to ISO 22786 DIS-2025
 */
module org.pashm.kashmina {
    requires org.pashm.core;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.kashmina.KashminaSupplierCode;
}
