package org.pashm.app.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.ValueType;
import org.pashm.core.registry.Registry;

/** The evidence vocabulary: every code an assessment can carry, so that clients can build their forms from it. */
@Path("/vocabulary")
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class VocabularyResource {

    @Inject
    Registry registry;

    record VocabularyView(int count, List<String> subjectKinds, List<String> valueTypes,
                          List<CatalogueViews.CodeView> codes) {
    }

    @GET
    @Operation(summary = "Every evidence code: its value type, canonical UCUM unit, plausible range and subject kinds")
    public VocabularyView vocabulary(
            @Parameter(description = "only codes starting with this prefix, e.g. housing.shelter")
            @QueryParam("prefix") String prefix,
            @Parameter(description = "only codes observed on this kind of subject, e.g. shelter")
            @QueryParam("subjectKind") String subjectKind) {
        SubjectKind kind = null;
        if (subjectKind != null) {
            try {
                kind = SubjectKind.of(subjectKind);
            } catch (IllegalArgumentException e) {
                throw Problems.badParameter("subjectKind", Rule.INVALID_VALUE, e.getMessage());
            }
        }
        SubjectKind k = kind;
        List<EvidenceCode> codes = registry.vocabulary().codes().stream()
                .filter(c -> prefix == null || c.code().startsWith(prefix))
                .filter(c -> k == null || c.takes(k)).toList();
        TreeSet<String> kinds = new TreeSet<>();
        registry.vocabulary().codes().forEach(c -> c.subjectKinds().forEach(s -> kinds.add(s.name())));
        return new VocabularyView(codes.size(), List.copyOf(kinds),
                java.util.Arrays.stream(ValueType.values()).map(ValueType::code).toList(),
                codes.stream().map(c -> CatalogueViews.CodeView.of(c, registry)).toList());
    }
}
