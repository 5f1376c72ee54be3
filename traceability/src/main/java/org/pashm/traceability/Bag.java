package org.pashm.traceability;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bag of raw cashmere as it is registered at harvest: its number, its fabric, the fibre in it and what it is
 * marked with. Values that are not known are null, and {@link BagRules#check} names the clause that needs them; only
 * the harvest method is always required.
 *
 * <p>The fibre weight and the fineness are given as values ({@link #fibreWeightKg}, {@link #fineness},
 * {@link #meanFibreDiameterUm}), not as text markings; every other marking is the text written on the bag.
 *
 * @param number              the bag's unique number, under which its data are archived (5.26.3.2, 6.26.3.2)
 * @param material            the bag's fabric
 * @param whiteCloth          whether the fabric is white (5.26.1.2 asks housing bags to be white)
 * @param fibreWeightKg       the weight of fibre in the bag, in kg; positive
 * @param fineness            the fineness class the bag was graded into, by eye against laboratory-referenced samples
 * @param meanFibreDiameterUm the measured mean fibre diameter, in um, when the fibre was measured; positive
 * @param harvestMethod       combed or shorn; required
 * @param markings            the text markings on the bag; blank texts count as absent
 */
public record Bag(
        String number,
        BagMaterial material,
        Boolean whiteCloth,
        BigDecimal fibreWeightKg,
        FinenessClass fineness,
        BigDecimal meanFibreDiameterUm,
        HarvestMethod harvestMethod,
        Map<Marking, String> markings) {

    public Bag {
        Objects.requireNonNull(harvestMethod, "harvestMethod: every bag is filled by combing or by shearing");
        if (fibreWeightKg != null && fibreWeightKg.signum() <= 0) {
            throw new IllegalArgumentException("the fibre weight of a bag must be positive, not " + fibreWeightKg + " kg");
        }
        if (meanFibreDiameterUm != null && meanFibreDiameterUm.signum() <= 0) {
            throw new IllegalArgumentException("a mean fibre diameter must be positive, not " + meanFibreDiameterUm + " um");
        }
        Map<Marking, String> text = new EnumMap<>(Marking.class);
        if (markings != null) {
            for (Map.Entry<Marking, String> m : markings.entrySet()) {
                if (m.getKey() == Marking.FIBRE_WEIGHT || m.getKey() == Marking.FINENESS) {
                    throw new IllegalArgumentException("the " + m.getKey().words()
                            + " is given as a value of the bag, not as a text marking");
                }
                if (m.getValue() != null && !m.getValue().isBlank()) {
                    text.put(m.getKey(), m.getValue());
                }
            }
        }
        markings = Map.copyOf(text);
    }

    /**
     * Whether the bag carries a marking: the fibre weight when it was weighed, the fineness when it was graded or
     * measured, any other marking when its text is not blank.
     */
    public boolean isMarkedWith(Marking marking) {
        return switch (marking) {
            case FIBRE_WEIGHT -> fibreWeightKg != null;
            case FINENESS -> fineness != null || meanFibreDiameterUm != null;
            default -> markings.containsKey(marking);
        };
    }

    /**
     * The bag's fineness class: derived from the measured mean fibre diameter when there is one (5.26.2.4), else
     * the class it was graded into, else empty.
     */
    public Optional<FinenessClass> finenessClass() {
        return meanFibreDiameterUm != null ? Optional.of(FinenessClass.of(meanFibreDiameterUm)) : Optional.ofNullable(fineness);
    }

    /** Starts a bag with its number; the rest is optional except the harvest method. */
    public static Builder builder(String number) {
        return new Builder(number);
    }

    /** Builds a {@link Bag} one value at a time (a form, a CSV row). */
    public static final class Builder {
        private final String number;
        private BagMaterial material;
        private Boolean whiteCloth;
        private BigDecimal fibreWeightKg;
        private FinenessClass fineness;
        private BigDecimal meanFibreDiameterUm;
        private HarvestMethod harvestMethod;
        private final Map<Marking, String> markings = new EnumMap<>(Marking.class);

        private Builder(String number) {
            this.number = number;
        }

        public Builder material(BagMaterial material) {
            this.material = material;
            return this;
        }

        public Builder whiteCloth(Boolean white) {
            this.whiteCloth = white;
            return this;
        }

        public Builder fibreWeightKg(BigDecimal kg) {
            this.fibreWeightKg = kg;
            return this;
        }

        public Builder fibreWeightKg(String kg) {
            return fibreWeightKg(new BigDecimal(kg));
        }

        public Builder fineness(FinenessClass graded) {
            this.fineness = graded;
            return this;
        }

        public Builder meanFibreDiameterUm(BigDecimal um) {
            this.meanFibreDiameterUm = um;
            return this;
        }

        public Builder meanFibreDiameterUm(String um) {
            return meanFibreDiameterUm(new BigDecimal(um));
        }

        public Builder harvestMethod(HarvestMethod method) {
            this.harvestMethod = method;
            return this;
        }

        public Builder marking(Marking marking, String text) {
            markings.put(marking, text);
            return this;
        }

        public Bag build() {
            return new Bag(number, material, whiteCloth, fibreWeightKg, fineness, meanFibreDiameterUm, harvestMethod,
                    markings);
        }
    }
}
