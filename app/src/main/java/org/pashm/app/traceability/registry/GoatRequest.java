package org.pashm.app.traceability.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/**
 * {@code POST /organisations/{id}/goats}: one goat. The members are text, as in a CSV file, because
 * {@link GoatFields} judges a goat the same however it arrives (one by one, CSV or NDJSON): codes in any case, text
 * stripped, blank as absent.
 */
@JsonRequest(problem = "invalid-goat", title = "Invalid goat")
public record GoatRequest(
        @Schema(description = "unique within the organisation", maxLength = GoatFields.EAR_TAG_MAX, required = true)
        String earTag,
        @Schema(enumeration = {"female", "male"}, required = true) String sex,
        @Schema(description = "YYYY-MM-DD, not in the future", format = "date") String birthDate,
        @Schema(maxLength = GoatFields.STRAIN_MAX) String strain,
        @Schema(maxLength = GoatFields.COAT_COLOUR_MAX) String coatColour,
        @Schema(description = "stud-buck, unmated-buck, adult-doe, unmated-doe, kid or castrated-male; bucks and "
                + "castrated males are male, does female", required = true) String category,
        @Schema(description = "the id of the organisation's site the goat is kept at", format = "uuid") String site) {

    /** The members in {@link GoatFields#FIELDS} order. */
    String[] values() {
        return new String[] {earTag, sex, birthDate, strain, coatColour, category, site};
    }
}
