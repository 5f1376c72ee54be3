package org.pashm.app.traceability.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/**
 * {@code POST /organisations/{id}/goat-groups}: a flock, the bucks of a farm, a kidding group. Kept at a site, the
 * group is that site's goat-group duty subject, with the classes its duties depend on (5.18.3: hoof repairing every
 * 2, 4 or 6 months by {@code housing.goat-group.class}).
 */
@JsonRequest(problem = "invalid-goat-group", title = "Invalid goat group")
public record GoatGroupRequest(
        @NotBlank @Size(max = 200) @Schema(description = "unique within the organisation") String name,
        @Size(max = 2000) String description,
        @Schema(description = "the organisation's site the group is kept at") UUID site,
        @Schema(description = "its duty classes at the site: choice evidence codes of the vocabulary and their "
                + "choices, e.g. {\"housing.goat-group.class\": \"housing-bucks\"}")
        Map<String, @NotNull @Size(max = 100) String> classes) implements CheckedRequest {

    @Override
    public void check(FieldErrors errors) {
        if (classes != null && site == null && !errors.has("/site")) {
            errors.add("/classes", Rule.SITE_REQUIRED, "classes are the group's duty classes at a site; name the site");
        }
    }

    /** The classes given, none when left out. */
    Map<String, String> classesOrNone() {
        return classes == null ? Map.of() : classes;
    }
}
