package org.pashm.app.catalogue;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.pashm.app.web.Language;
import org.pashm.text.Renderer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.platform.Plugins;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.core.registry.ClauseFilter;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.standard.Strength;

/** The catalogue: standards, their editions and clauses. Public and read-only. */
@Path("/standards")
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class StandardsResource {

    @Inject
    Registry registry;

    @Inject
    Plugins plugins;

    @Inject
    Language language;

    @GET
    @Operation(summary = "Every standard edition the loaded modules define")
    public List<CatalogueViews.StandardView> standards(
            @Parameter(description = Language.LANG) @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Renderer say = language.of(lang, headers);
        return registry.standards().stream().map(s -> CatalogueViews.StandardView.of(s, registry, plugins, say))
                .toList();
    }

    @GET
    @Path("/{id}/{edition}")
    @Operation(summary = "One standard edition")
    public CatalogueViews.StandardView standard(@PathParam("id") String id, @PathParam("edition") String edition,
            @Parameter(description = Language.LANG) @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Renderer say = language.of(lang, headers);
        return CatalogueViews.StandardView.of(find(id, edition), registry, plugins, say);
    }

    @GET
    @Path("/{id}/{edition}/clauses")
    @Operation(summary = "The clauses of a standard edition, in clause order, optionally filtered")
    public List<CatalogueViews.ClauseView> clauses(
            @PathParam("id") String id, @PathParam("edition") String edition,
            @Parameter(description = "a section or clause number the clauses lie within, e.g. 5 or 5.3")
            @QueryParam("section") String section,
            @Parameter(description = "housing or nomadic") @QueryParam("system") String system,
            @Parameter(description = "hunger-thirst, discomfort, injury-disease, normal-behaviour or fear-stress")
            @QueryParam("freedom") String freedom,
            @Parameter(description = "requirement, prohibition or advice") @QueryParam("strength") String strength,
            @Parameter(description = Language.LANG) @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Renderer say = language.of(lang, headers);
        Standard standard = find(id, edition);
        ClauseFilter filter = new ClauseFilter(
                section == null ? null : parse("section", () -> ClauseNumber.of(section)),
                system == null ? null : parse("system", () -> ProductionSystem.fromCode(system)),
                freedom == null ? null : parse("freedom", () -> Freedom.fromCode(freedom)),
                strength == null ? null : parse("strength", () -> strength(strength)));
        return registry.clauses(standard.ref(), filter).stream()
                .map(c -> CatalogueViews.ClauseView.of(c, registry, say)).toList();
    }

    @GET
    @Path("/{id}/{edition}/clauses/{number}")
    @Operation(summary = "One clause, with its rules")
    public CatalogueViews.ClauseView clause(@PathParam("id") String id, @PathParam("edition") String edition,
                                            @PathParam("number") String number,
            @Parameter(description = Language.LANG) @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Renderer say = language.of(lang, headers);
        Standard standard = find(id, edition);
        ClauseNumber n = parse("number", () -> ClauseNumber.of(number));
        Clause clause = registry.clause(standard.ref(), n).orElseThrow(() -> Problems.notFound("unknown-clause",
                "Unknown clause", standard.ref() + " has no clause " + n + " in its catalogue"
                        + registry.heading(standard.ref(), n).map(h -> " (" + n + " is the heading '" + h.title()
                        + "'; list its clauses with ?section=" + n + ")").orElse("") + "."));
        return CatalogueViews.ClauseView.of(clause, registry, say);
    }

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "pashm.assessment.max-observations",
            defaultValue = "5000")
    int maxObservations;

    @GET
    @Path("/{id}/{edition}/evidence-schema")
    @Produces({"application/schema+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "A JSON Schema (2020-12) of an assessment submission for this edition, built from the "
            + "vocabulary")
    public com.fasterxml.jackson.databind.node.ObjectNode evidenceSchema(@PathParam("id") String id,
                                                                        @PathParam("edition") String edition) {
        return EvidenceSchema.of(find(id, edition), registry, json, maxObservations);
    }

    @GET
    @Path("/{id}/{edition}/crosswalks")
    @Operation(summary = "How the requirements of this standard edition relate to other standards' clauses (equal, "
            + "subset, superset, intersect), one crosswalk per other standard")
    public List<CatalogueViews.CrosswalkView> crosswalks(@PathParam("id") String id,
                                                         @PathParam("edition") String edition) {
        Standard standard = find(id, edition);
        return registry.crosswalksFrom(standard.ref()).stream()
                .map(x -> CatalogueViews.CrosswalkView.of(x, registry)).toList();
    }

    @GET
    @Path("/{id}/{edition}/crosswalks/{toId}/{toEdition}")
    @Operation(summary = "The crosswalk from this standard edition to another: every requirement, its relation, "
            + "its targets and why; requirements nothing covers are listed without a relation")
    public CatalogueViews.CrosswalkView crosswalk(@PathParam("id") String id, @PathParam("edition") String edition,
                                                  @PathParam("toId") String toId,
                                                  @PathParam("toEdition") String toEdition) {
        Standard from = find(id, edition);
        Standard to = find(toId, toEdition);
        return registry.crosswalk(from.ref(), to.ref()).map(x -> CatalogueViews.CrosswalkView.of(x, registry))
                .orElseThrow(() -> Problems.notFound("unknown-crosswalk", "Unknown crosswalk", "No module maps the "
                        + "requirements of " + from.ref() + " to " + to.ref() + "; its crosswalks: "
                        + registry.crosswalksFrom(from.ref()).stream().map(x -> x.to().toString())
                        .collect(Collectors.joining(", ", "[", "]")) + "."));
    }

    Standard find(String id, String edition) {
        StandardRef ref;
        try {
            ref = StandardRef.of(id, edition);
        } catch (IllegalArgumentException e) {
            throw unknownStandard(id, edition);
        }
        return registry.standard(ref).orElseThrow(() -> unknownStandard(id, edition));
    }

    private RuntimeException unknownStandard(String id, String edition) {
        return Problems.notFound("unknown-standard", "Unknown standard", "No standard edition " + id + "/" + edition
                + " is registered; known: " + registry.standards().stream().map(s -> s.ref().toString())
                .collect(Collectors.joining(", ")) + ".");
    }

    private static Strength strength(String s) {
        for (Strength v : Strength.values()) {
            if (v.name().equalsIgnoreCase(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a strength (expected requirement, prohibition or advice)");
    }

    private static <T> T parse(String parameter, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw Problems.badParameter(parameter, Rule.INVALID_VALUE, e.getMessage());
        }
    }
}
