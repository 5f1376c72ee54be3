package org.pashm.app.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A duty subject as the API shows it, with the duties it owes at its site (so that a goat group registered without
 * its class, and so owing nothing, shows at once).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubjectView(UUID site, String kind, String id, String name, Map<String, String> classes,
                          List<String> owes, OffsetDateTime registeredAt, LocalDate retiredOn) {
}
