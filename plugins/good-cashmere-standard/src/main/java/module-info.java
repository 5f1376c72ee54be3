/**
 * The Good Cashmere Standard of the Aid by Trade Foundation, at the level of its public overview: its criteria in
 * three areas, its all-or-nothing decision rule, its 12-month certificate and the duty to renew it, and a crosswalk
 * to ISO 22786. A plugin: it depends on core alone and reaches the app from the plugins directory. Exports nothing.
 *
 * @provides org.pashm.core.spi.StandardModule The Good Cashmere Standard (overview), its certification and crosswalk
 */
module org.pashm.goodcashmere {
    requires org.pashm.core;

    provides org.pashm.core.spi.StandardModule with
            org.pashm.goodcashmere.GoodCashmereStandard;
}
