package org.pashm.app.traceability.bags;

import org.pashm.app.problem.JsonPointers;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;
import org.pashm.traceability.BagMaterial;
import org.pashm.traceability.FinenessClass;
import org.pashm.traceability.HarvestMethod;
import org.pashm.traceability.Marking;

/**
 * {@code POST /organisations/{id}/bags}: a bag of raw cashmere as it is filled at harvest. Its shape is checked here;
 * the rules of 5.26 and 6.26 it must meet for its site's production system are the module's ({@code BagRules}),
 * judged once the site is known.
 */
@JsonRequest(problem = "invalid-bag", title = "Invalid bag")
public record BagRequest(
        @Size(max = 64) @Schema(description = "the bag's unique number (5.26.3.2, 6.26.3.2); a bag without one "
                + "breaks that rule (422)", examples = "ALX-BH-2026-001") String number,
        @NotNull @Schema(description = "the organisation's site the bag was filled at") UUID site,
        @NotNull LocalDate harvestedOn,
        @NotNull @Schema(description = "combed or shorn") String harvestMethod,
        @Schema(description = "cotton, linen, hemp, jute, wool, polypropylene, nylon...") String material,
        Boolean whiteCloth,
        @Positive @DecimalMax("99999") @Schema(description = "to three decimals") BigDecimal fibreWeightKg,
        @Schema(description = "fine, medium or coarse (5.26.2.4)") String fineness,
        @Positive @DecimalMax("100") @Schema(description = "micrometres, to three decimals; a mean diameter above "
                + "100 um is a typing mistake (cashmere is under 19 um, coarse wool about 40 um)")
        BigDecimal meanFibreDiameterUm,
        @Schema(description = "text markings by marking code (owner-name, ear-tag-or-id, origin, colour...)")
        Map<String, @Size(max = 500) String> markings,
        @Size(max = 10_000) @Schema(description = "ear tags of the organisation's goats whose cashmere is in the bag; "
                + "they become the ear-tag-or-id marking when that is not given")
        List<@NotNull @Size(max = 40) String> goats) implements CheckedRequest {

    /** Weights and diameters are kept to three decimals (the columns' scale). */
    static final int SCALE = 3;

    @Override
    public void check(FieldErrors errors) {
        vocabulary(errors, "/harvestMethod", harvestMethod, HarvestMethod::fromCode);
        vocabulary(errors, "/material", material, BagMaterial::fromCode);
        vocabulary(errors, "/fineness", fineness, FinenessClass::fromCode);
        scale(errors, "/fibreWeightKg", fibreWeightKg);
        scale(errors, "/meanFibreDiameterUm", meanFibreDiameterUm);
        if (markings != null) {
            for (String code : markings.keySet()) {
                String pointer = "/markings/" + JsonPointers.escape(code);
                Marking marking;
                try {
                    marking = Marking.fromCode(code);
                } catch (IllegalArgumentException e) {
                    errors.add(pointer, Rule.UNKNOWN_MARKING, "'" + code + "' is not a marking; expected one of "
                            + Arrays.stream(Marking.values()).filter(BagRequest::isText).map(Marking::code).toList());
                    continue;
                }
                if (!isText(marking)) {
                    errors.add(pointer, Rule.VALUE_FIELD, "the " + marking.words() + " is given by "
                            + (marking == Marking.FIBRE_WEIGHT ? "fibreWeightKg" : "fineness or meanFibreDiameterUm")
                            + ", not as a text marking");
                }
            }
        }
    }

    /** Fibre weight and fineness are values of the bag, not text markings. */
    private static boolean isText(Marking m) {
        return m != Marking.FIBRE_WEIGHT && m != Marking.FINENESS;
    }

    private static void vocabulary(FieldErrors errors, String pointer, String code, Function<String, ?> parse) {
        if (code != null && !errors.has(pointer)) {
            try {
                parse.apply(code);
            } catch (IllegalArgumentException e) {
                errors.add(pointer, Rule.INVALID_VALUE, e.getMessage());
            }
        }
    }

    private static void scale(FieldErrors errors, String pointer, BigDecimal value) {
        if (value != null && !errors.has(pointer) && value.stripTrailingZeros().scale() > SCALE) {
            errors.add(pointer, Rule.OUT_OF_RANGE, pointer.substring(1) + " is kept to three decimals");
        }
    }

    HarvestMethod method() {
        return HarvestMethod.fromCode(harvestMethod);
    }

    BagMaterial bagMaterial() {
        return material == null ? null : BagMaterial.fromCode(material);
    }

    FinenessClass gradedClass() {
        return fineness == null ? null : FinenessClass.fromCode(fineness);
    }

    /** The text markings given, by marking; blank ones (null once stripped) are not markings. */
    Map<Marking, String> textMarkings() {
        Map<Marking, String> m = new EnumMap<>(Marking.class);
        if (markings != null) {
            markings.forEach((code, text) -> {
                if (text != null) {
                    m.put(Marking.fromCode(code), text);
                }
            });
        }
        return m;
    }

    List<String> earTags() {
        return goats == null ? List.of() : goats;
    }
}
