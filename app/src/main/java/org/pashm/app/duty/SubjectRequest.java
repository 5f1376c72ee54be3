package org.pashm.app.duty;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;
import org.pashm.core.evidence.SubjectKind;

/**
 * {@code POST /sites/{id}/subjects}: a thing of the site that duties are owed for. Which kinds and classes there are
 * is the vocabulary's to say; the service checks them against it.
 */
@JsonRequest(problem = "invalid-subject", title = "Invalid subject")
public record SubjectRequest(
        @NotNull @Size(max = 60) @Schema(description = "a kind of subject a duty is owed for: goat-group, "
                + "land-parcel, vehicle, goat, ...") String kind,
        @NotNull @Schema(description = "the subject's id as the farm and the evidence name it: 1 to 100 letters, "
                + "digits, '.', '_', ':' or '-', starting with a letter or digit", examples = "bucks-1") String id,
        @Size(max = 200) String name,
        @Schema(description = "its classes: choice evidence codes of the vocabulary and their choices, e.g. "
                + "{\"housing.goat-group.class\": \"housing-bucks\"}")
        Map<String, @NotNull @Size(max = 100) String> classes) implements CheckedRequest {

    static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    @Override
    public void check(FieldErrors errors) {
        if (SubjectKind.SITE.name().equals(kind)) {
            errors.add("/kind", Rule.UNKNOWN_SUBJECT_KIND,
                    "the site is always a subject of its own duties; it is not registered");
        }
        if (id != null && !KEY.matcher(id).matches()) {
            errors.add("/id", Rule.INVALID_ID, "id is 1 to 100 letters, digits, '.', '_', ':' or '-', starting with "
                    + "a letter or digit");
        }
    }

    /** The classes given, none when left out. */
    public Map<String, String> classesOrNone() {
        return classes == null ? Map.of() : classes;
    }
}
