package org.pashm.traceability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim a brand prints on a label about a lot of fibre, to be checked against the records behind the lot by
 * {@link ClaimVerifier}. Each kind has a stable {@link #code()} (the value of the REST API's {@code type}) and reads
 * as a sentence ({@link #statement()}).
 */
public sealed interface Claim {

    /** "origin-region", "combed-only", ...: the claim's kind. */
    String code();

    /** The claim in words, as a label would print it. */
    String statement();

    /**
     * "Origin: Alxa League". Holds when every bag comes from a site whose region names the claimed region: region
     * names are comma-separated parts from the most to the least specific ("Alxa League, Inner Mongolia"), and the
     * claim's parts must appear, in order and side by side, among the site's ("Inner Mongolia" and "Alxa League,
     * Inner Mongolia" both name "Alxa Left Banner, Alxa League, Inner Mongolia"; "Alxa" does not).
     */
    record OriginRegion(String region) implements Claim {
        public OriginRegion {
            Objects.requireNonNull(region, "region");
            if (region.isBlank()) {
                throw new IllegalArgumentException("an origin claim names a region");
            }
        }

        @Override
        public String code() {
            return "origin-region";
        }

        @Override
        public String statement() {
            return "origin: " + region;
        }
    }

    /** "Combed, not shorn" (3.13; 6.19.1.1 for nomadic herders): every bag holds combed fibre. */
    record CombedOnly() implements Claim {
        @Override
        public String code() {
            return "combed-only";
        }

        @Override
        public String statement() {
            return "combed only, never shorn";
        }
    }

    /**
     * "Fibre diameter at most 14.5 um": every bag's fibre is at most {@code um} in mean diameter, by measurement, or
     * by the bounds its graded fineness class sets (5.26.2.4: fine is under 15 µm, medium at most 16 µm).
     */
    record FinenessAtMost(BigDecimal um) implements Claim {
        public FinenessAtMost {
            Objects.requireNonNull(um, "um");
            if (um.signum() <= 0) {
                throw new IllegalArgumentException("a fibre diameter must be positive, not " + um + " um");
            }
        }

        @Override
        public String code() {
            return "fineness-at-most";
        }

        @Override
        public String statement() {
            return "mean fibre diameter at most " + um.stripTrailingZeros().toPlainString() + " µm";
        }
    }

    /** "Fine cashmere": every bag's fibre is of the fineness class (5.26.2.4), measured or graded. */
    record FinenessClassIs(FinenessClass fineness) implements Claim {
        public FinenessClassIs {
            Objects.requireNonNull(fineness, "fineness");
        }

        @Override
        public String code() {
            return "fineness-class";
        }

        @Override
        public String statement() {
            return fineness.code() + " cashmere (" + fineness.range() + ", 5.26.2.4)";
        }
    }

    /**
     * "Welfare-conformant under ISO 22786 DIS-2025 on 2026-06-30": the latest assessment under that standard and
     * edition, assessed on or before the date, of every site the lot's bags come from is conformant under the
     * standard's decision rule.
     */
    record WelfareConformant(String standard, String edition, LocalDate on) implements Claim {
        public WelfareConformant {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String code() {
            return "welfare-conformant";
        }

        @Override
        public String statement() {
            return "welfare-conformant under " + standard + " " + edition + " on " + on;
        }
    }

    /**
     * "Traceable to individual goats": every bag names the goats its fibre came from, each a goat of the registry
     * (11.1.4 and 11.2.1 keep each goat's number; 5.26.1.3 and 6.26.1.3 mark it on the bag).
     */
    record TraceableToGoats() implements Claim {
        @Override
        public String code() {
            return "traceable-to-goats";
        }

        @Override
        public String statement() {
            return "traceable to individual goats";
        }
    }
}
