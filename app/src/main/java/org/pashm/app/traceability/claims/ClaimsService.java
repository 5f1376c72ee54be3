package org.pashm.app.traceability.claims;

import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.traceability.lots.CustodyService;
import org.pashm.app.traceability.lots.Lot;
import org.pashm.app.traceability.lots.LotGraph;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.web.Json;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;
import org.pashm.traceability.Claim;
import org.pashm.traceability.ClaimResult;
import org.pashm.traceability.ClaimVerifier;
import org.pashm.traceability.FinenessClass;

/** Reads the claims of a label, gathers the records behind the lot and lets {@link ClaimVerifier} judge them. */
@ApplicationScoped
public class ClaimsService {

    static final List<String> TYPES = List.of("origin-region", "combed-only", "fineness-at-most", "fineness-class",
            "welfare-conformant", "traceable-to-goats");
    static final int MAX_CLAIMS = 50;

    @Inject
    CustodyService custody;

    @Inject
    LotGraph graph;

    @Inject
    Registry registry;

    @Inject
    FarmCalendar farmCalendar;

    /** The answer: a verdict per claim with the records behind it. */
    public record Verification(String lot, OffsetDateTime verifiedAt, boolean allHold, List<Verdict> claims) {
    }

    public record Verdict(String type, String statement, String verdict, String reason,
                          List<ClaimResult.RecordRef> supporting, List<ClaimResult.RecordRef> contradicting,
                          List<ClaimResult.RecordRef> lacking) {
        static Verdict of(ClaimResult r) {
            return new Verdict(r.claim().code(), r.claim().statement(), r.verdict().code(), r.reason(), r.supporting(),
                    r.contradicting(), r.lacking());
        }
    }

    public Verification verify(String code, JsonNode body) {
        Lot lot = custody.lot(code);
        List<Claim> claims = read(body);
        List<ClaimResult> results = ClaimVerifier.verify(LotGraph.records(graph.behind(lot)), claims);
        return new Verification(lot.code, farmCalendar.now(), results.stream()
                .allMatch(r -> r.verdict() == ClaimResult.Verdict.HOLDS), results.stream().map(Verdict::of).toList());
    }

    /** The claims of a request, every mistake reported at once with its pointer. */
    List<Claim> read(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        FieldErrors.unknownFields(body, List.of("claims"), errors);
        JsonNode list = body.get("claims");
        List<Claim> claims = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_CLAIMS) {
            errors.add(FieldError.body("/claims", Rule.REQUIRED, "claims is an array of 1 to " + MAX_CLAIMS + " claims"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                Claim c = claim(list.get(i), "/claims/" + i, errors);
                if (c != null) {
                    claims.add(c);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-claims", "Invalid claims", FieldErrors.summary(errors), errors);
        }
        return claims;
    }

    private Claim claim(JsonNode node, String p, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(FieldError.body(p, Rule.WRONG_TYPE, "a claim is an object with a type"));
            return null;
        }
        String type = Json.text(node.get("type"), p + "/type", true, 40, errors);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "origin-region" -> {
                FieldErrors.unknownFields(node, p, List.of("type", "region"), errors);
                String region = Json.text(node.get("region"), p + "/region", true, 200, errors);
                return region == null ? null : new Claim.OriginRegion(region);
            }
            case "combed-only" -> {
                FieldErrors.unknownFields(node, p, List.of("type"), errors);
                return new Claim.CombedOnly();
            }
            case "traceable-to-goats" -> {
                FieldErrors.unknownFields(node, p, List.of("type"), errors);
                return new Claim.TraceableToGoats();
            }
            case "fineness-at-most" -> {
                FieldErrors.unknownFields(node, p, List.of("type", "um"), errors);
                JsonNode um = node.get("um");
                if (um == null || !um.isNumber() || um.decimalValue().signum() <= 0
                        || um.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(FieldError.body(p + "/um", Rule.OUT_OF_RANGE, "um is a mean fibre diameter above 0 and at "
                            + "most 100 micrometres"));
                    return null;
                }
                return new Claim.FinenessAtMost(um.decimalValue());
            }
            case "fineness-class" -> {
                FieldErrors.unknownFields(node, p, List.of("type", "class"), errors);
                String cls = Json.text(node.get("class"), p + "/class", true, 10, errors);
                if (cls == null) {
                    return null;
                }
                try {
                    return new Claim.FinenessClassIs(FinenessClass.fromCode(cls));
                } catch (IllegalArgumentException e) {
                    errors.add(FieldError.body(p + "/class", Rule.INVALID_VALUE, e.getMessage()));
                    return null;
                }
            }
            case "welfare-conformant" -> {
                FieldErrors.unknownFields(node, p, List.of("type", "standard", "edition", "on"), errors);
                String standard = Json.text(node.get("standard"), p + "/standard", false, 100, errors);
                String edition = Json.text(node.get("edition"), p + "/edition", false, 100, errors);
                LocalDate on = Json.date(node.get("on"), p + "/on", false, errors);
                Optional<Standard> found = standard(standard == null ? "iso-22786" : standard, edition);
                if (found.isEmpty()) {
                    errors.add(FieldError.body(p + (edition == null ? "/standard" : "/edition"), Rule.UNKNOWN_STANDARD,
                            "no standard " + (standard == null ? "iso-22786" : standard)
                                    + (edition == null ? "" : " " + edition) + " is registered; GET /standards lists them"));
                    return null;
                }
                return new Claim.WelfareConformant(found.get().ref().id(), found.get().ref().edition(),
                        on == null ? farmCalendar.today() : on);
            }
            default -> {
                errors.add(FieldError.body(p + "/type", Rule.UNKNOWN_CLAIM, "'" + type + "' is not a claim; expected one "
                        + "of " + TYPES));
                return null;
            }
        }
    }

    private Optional<Standard> standard(String id, String edition) {
        try {
            return edition == null ? registry.newestEdition(id) : registry.standard(StandardRef.of(id, edition));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
