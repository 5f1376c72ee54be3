package org.pashm.traceability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The records behind a lot of fibre, as {@link ClaimVerifier} reads them: every bag in it (through every lot it was
 * made from) and the assessments of every site those bags come from. Identifiers are opaque strings chosen by the
 * caller; the verifier only returns them in its answer.
 *
 * @param lot         the lot's code
 * @param bags        every bag behind the lot
 * @param assessments the current (not superseded) assessments of the bags' sources, of any standard and date; the
 *                    verifier picks the ones a claim needs
 */
public record LotRecords(String lot, List<SourceBag> bags, List<SourceAssessment> assessments) {

    public LotRecords {
        Objects.requireNonNull(lot, "lot");
        bags = List.copyOf(bags);
        assessments = List.copyOf(assessments);
    }

    /**
     * A bag behind the lot.
     *
     * @param id                  the bag's record id
     * @param number              its unique number (5.26.3.2, 6.26.3.2)
     * @param source              the site (farm or herder household) it was harvested at
     * @param region              that site's region, "Alxa League, Inner Mongolia"; null when unknown
     * @param harvestMethod       combed or shorn
     * @param fibreWeightKg       its fibre weight
     * @param meanFibreDiameterUm its measured mean fibre diameter, null when not measured
     * @param graded              the fineness class it was graded into by eye, null when not graded
     * @param goats               how many goats it names (ear tags), each a goat of the registry
     */
    public record SourceBag(String id, String number, String source, String region, HarvestMethod harvestMethod,
                            BigDecimal fibreWeightKg, BigDecimal meanFibreDiameterUm, FinenessClass graded,
                            int goats) {
        public SourceBag {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(harvestMethod, "harvestMethod");
            if (goats < 0) {
                throw new IllegalArgumentException("goats must not be negative");
            }
        }

        /** The class from the measurement when there is one (5.26.2.4), else the graded one, else null. */
        public FinenessClass finenessClass() {
            return meanFibreDiameterUm != null ? FinenessClass.of(meanFibreDiameterUm) : graded;
        }
    }

    /**
     * A current assessment of a source site.
     *
     * @param id            the assessment's id
     * @param source        the site assessed
     * @param standard      e.g. "iso-22786"
     * @param edition       e.g. "DIS-2025"
     * @param assessedOn    the day of the visit
     * @param submittedAt   when it was submitted (orders two assessments of the same day)
     * @param overallResult the standard's overall result code ("conformant", "nonconformant", "incomplete")
     * @param conformant    whether that result counts as conformant
     */
    public record SourceAssessment(String id, String source, String standard, String edition, LocalDate assessedOn,
                                   Instant submittedAt, String overallResult, boolean conformant) {
        public SourceAssessment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(assessedOn, "assessedOn");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(overallResult, "overallResult");
        }
    }
}
