package org.pashm.app.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the token says the caller is, and for which organisations they act. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class MeResource {

    @Inject
    Caller caller;

    public record MeView(String subject, List<String> roles, Map<UUID, List<String>> memberships) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The caller's subject, roles and memberships")
    public MeView me() {
        Map<UUID, List<String>> memberships = new TreeMap<>();
        caller.memberships().forEach((org, roles) -> memberships.put(org, List.copyOf(new TreeSet<>(roles))));
        return new MeView(caller.subject(), List.copyOf(new TreeSet<>(caller.roles())), memberships);
    }
}
