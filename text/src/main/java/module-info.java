/**
 * Pashm text: puts the findings of core, which are data (a message key and its arguments), into words in the
 * reader's language, with ICU4J's MessageFormat (plural and select), number, unit, date and list formatting. Each
 * module ships its texts as bundles, {@code META-INF/pashm/messages/<module>/<language>.properties}; a language is
 * added with files alone.
 */
module org.pashm.text {
    requires transitive org.pashm.core;
    requires com.ibm.icu;

    exports org.pashm.text;
}
