package org.pashm.app.traceability.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.web.JsonRequest;

/** {@code POST /goat-groups/{id}/members}: goats of the group's organisation, by ear tag. */
@JsonRequest(problem = "invalid-members", title = "Invalid goat group members")
public record GoatMembersRequest(
        @NotNull @Size(min = 1, max = GoatMembersRequest.MAX_PER_REQUEST)
        @Schema(description = "ear tags of the organisation's goats; goats already in the group stay")
        List<@NotBlank @Size(max = GoatFields.EAR_TAG_MAX) String> earTags) {

    /** One request adds at most this many goats: a large herd is added in several. */
    static final int MAX_PER_REQUEST = 10_000;
}
