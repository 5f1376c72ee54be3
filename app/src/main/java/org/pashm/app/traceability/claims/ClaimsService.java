package org.pashm.app.traceability.claims;

import org.pashm.app.web.Received;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pashm.app.problem.Rule;
import org.pashm.app.traceability.lots.CustodyService;
import org.pashm.app.traceability.lots.Lot;
import org.pashm.app.traceability.lots.LotGraph;
import org.pashm.app.calendar.FarmCalendar;
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

    /** The standard a welfare claim names when it names none. */
    static final String DEFAULT_STANDARD = "iso-22786";

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

    /** The claims' verdicts on a lot the caller may read. */
    public Verification verify(String code, Received<ClaimsRequest> received) {
        Lot lot = custody.readable(code);
        List<Claim> claims = claims(received);
        List<ClaimResult> results = ClaimVerifier.verify(LotGraph.records(graph.behind(lot)),
                claims);
        return new Verification(lot.code, farmCalendar.now(), results.stream()
                .allMatch(r -> r.verdict() == ClaimResult.Verdict.HOLDS), results.stream().map(Verdict::of).toList());
    }

    /**
     * The claims of a request; a standard that is not registered is one more problem of the body, answered with
     * those of its shape.
     */
    List<Claim> claims(Received<ClaimsRequest> received) {
        Map<Integer, Standard> standards = new HashMap<>();
        ClaimsRequest request = received.check((r, errors) -> {
            if (r.claims() == null) {
                return;
            }
            for (int i = 0; i < r.claims().size(); i++) {
                ClaimsRequest.ClaimRequest c = r.claims().get(i);
                String p = "/claims/" + i;
                if (c == null || !"welfare-conformant".equals(c.type()) || errors.has(p + "/type")
                        || errors.has(p + "/standard") || errors.has(p + "/edition")) {
                    continue; // refused while binding, or not a claim of a standard
                }
                String id = c.standard() == null ? DEFAULT_STANDARD : c.standard();
                Optional<Standard> found = standard(id, c.edition());
                if (found.isEmpty()) {
                    errors.add(p + (c.edition() == null ? "/standard" : "/edition"), Rule.UNKNOWN_STANDARD,
                            "no standard " + id + (c.edition() == null ? "" : " " + c.edition())
                                    + " is registered; GET /standards lists them");
                } else {
                    standards.put(i, found.get());
                }
            }
        });
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < request.claims().size(); i++) {
            ClaimsRequest.ClaimRequest c = request.claims().get(i);
            switch (c.type()) {
                case "origin-region" -> claims.add(new Claim.OriginRegion(c.region()));
                case "combed-only" -> claims.add(new Claim.CombedOnly());
                case "traceable-to-goats" -> claims.add(new Claim.TraceableToGoats());
                case "fineness-at-most" -> claims.add(new Claim.FinenessAtMost(c.um()));
                case "fineness-class" -> claims.add(new Claim.FinenessClassIs(FinenessClass.fromCode(c.fineness())));
                case "welfare-conformant" -> {
                    Standard found = standards.get(i);
                    claims.add(new Claim.WelfareConformant(found.ref().id(), found.ref().edition(),
                            c.on() == null ? farmCalendar.today() : c.on()));
                }
                default -> throw new IllegalStateException("a claim type the request let through: " + c.type());
            }
        }
        return claims;
    }

    private Optional<Standard> standard(String id, String edition) {
        try {
            return edition == null ? registry.newestEdition(id) : registry.standard(StandardRef.of(id, edition));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
