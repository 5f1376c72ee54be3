/**
 * Pashm core: the engine that turns a standard into software. Plain Java, no framework.
 *
 * <p>Standards, clauses and the Five Freedoms ({@code standard}); evidence, its vocabulary and units
 * ({@code evidence}); rules, findings and reports ({@code evaluation}); recurring duties ({@code duty}); the kinds
 * of record that fulfil them ({@code record}); the
 * service-provider interface modules implement ({@code spi}); and the registry that loads and checks them
 * ({@code registry}); crosswalks between standards and the projection of an assessment onto another standard
 * ({@code crosswalk}). Core also defines ISO 22786 itself and its clause 4 ({@code iso22786}).
 *
 * @uses org.pashm.core.spi.StandardModule
 * @provides org.pashm.core.spi.StandardModule ISO 22786 DIS-2025 and its clause 4
 */
module org.pashm.core {
    // The HL7 UCUM library (an automatic module named from its jar) validates and converts unit codes.
    requires ucum;

    exports org.pashm.core.standard;
    exports org.pashm.core.evidence;
    exports org.pashm.core.evaluation;
    exports org.pashm.core.duty;
    exports org.pashm.core.record;
    exports org.pashm.core.spi;
    exports org.pashm.core.registry;
    exports org.pashm.core.iso22786;
    exports org.pashm.core.crosswalk;
    exports org.pashm.core.text;

    uses org.pashm.core.spi.StandardModule;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.core.internal.Iso22786General;
}
