package org.pashm.app.traceability.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pashm.core.evidence.English;
import org.pashm.app.traceability.lots.CustodyRepository;
import org.pashm.app.traceability.lots.CustodyService;
import org.pashm.app.traceability.lots.Lot;
import org.pashm.app.traceability.lots.LotGraph;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.Standard;
import org.pashm.traceability.ChainEvent;
import org.pashm.traceability.Claim;
import org.pashm.traceability.ClaimResult;
import org.pashm.traceability.ClaimVerifier;
import org.pashm.traceability.FinenessClass;
import org.pashm.traceability.HarvestMethod;
import org.pashm.traceability.LotRecords;

/**
 * What the public provenance page of a lot shows: origin, harvest method, fineness, welfare status, the claims
 * checked against the records, and the chain of custody. It is public, so it shows no personal data: herder
 * households and farms appear as counts and regions, never by name, registration number, coordinates, bag markings
 * or ear tags; companies of the chain (stations, mills, brands) by name.
 */
@ApplicationScoped
public class ProvenanceService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Kinds whose names are personal (a household is named after its herder): never shown. */
    static final Set<String> PRIVATE_KINDS = Set.of("herder-household", "farm");

    @Inject
    CustodyService custody;

    @Inject
    LotGraph graph;

    @Inject
    CustodyRepository repository;

    @Inject
    Registry registry;

    @Inject
    FarmCalendar farmCalendar;

    @ConfigProperty(name = "pashm.provenance.standard", defaultValue = "iso-22786")
    String standardId;

    public record Page(String code, String kind, String quantity, List<String> regions, String sources,
                       String harvestMethod, String harvestPeriod, String fineness, String welfare,
                       String welfareStandard, List<Line> claims, List<Step> steps, boolean allHold) {
    }

    /** A claim and its verdict: holds, fails, unverified. */
    public record Line(String statement, String verdict, String reason) {
    }

    /** A step of the chain of custody. */
    public record Step(String date, String what) {
    }

    public Page page(String code) {
        Lot lot = custody.lot(code);
        LotGraph.Behind behind = graph.behind(lot);
        LotRecords records = LotGraph.records(behind);
        List<LotGraph.BagRow> bags = behind.bags();

        Set<String> regions = new LinkedHashSet<>();
        Set<UUID> sites = new LinkedHashSet<>();
        long combed = 0;
        BigDecimal combedKg = BigDecimal.ZERO;
        BigDecimal shornKg = BigDecimal.ZERO;
        BigDecimal minUm = null;
        BigDecimal maxUm = null;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal measuredKg = BigDecimal.ZERO;
        Map<FinenessClass, Integer> classes = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LotGraph.BagRow b : bags) {
            if (b.region() != null) {
                regions.add(b.region());
            }
            sites.add(b.site());
            if (b.method() == HarvestMethod.COMBED) {
                combed++;
                combedKg = combedKg.add(b.kg());
            } else {
                shornKg = shornKg.add(b.kg());
            }
            if (b.um() != null) {
                minUm = minUm == null || b.um().compareTo(minUm) < 0 ? b.um() : minUm;
                maxUm = maxUm == null || b.um().compareTo(maxUm) > 0 ? b.um() : maxUm;
                weighted = weighted.add(b.um().multiply(b.kg()));
                measuredKg = measuredKg.add(b.kg());
            }
            if (b.finenessClass() != null) {
                classes.merge(b.finenessClass(), 1, Integer::sum);
            }
            first = first == null || b.harvestedOn().isBefore(first) ? b.harvestedOn() : first;
            last = last == null || b.harvestedOn().isAfter(last) ? b.harvestedOn() : last;
        }
        long households = bags.stream().filter(b -> "nomadic".equals(b.system())).map(LotGraph.BagRow::site)
                .distinct().count();
        long farms = sites.size() - households;
        String sourcesText = bags.isEmpty() ? "no bags recorded" : bags.size() + " bag" + (bags.size() == 1 ? "" : "s")
                + " from " + count(households, "herder household") + (households > 0 && farms > 0 ? " and " : "")
                + (farms > 0 || households == 0 ? count(farms, "farm") : "");
        long shorn = bags.size() - combed;
        String method = bags.isEmpty() ? "unknown" : shorn == 0 ? "combed by hand, never shorn (" + kg(combedKg) + ")"
                : combed == 0 ? "shorn (" + kg(shornKg) + ")"
                : "mixed: " + combed + " bag(s) combed (" + kg(combedKg) + "), " + shorn + " bag(s) shorn ("
                + kg(shornKg) + ")";
        String period = first == null ? "" : first.equals(last) ? first.format(DAY)
                : first.format(DAY) + " to " + last.format(DAY);
        String fineness;
        if (minUm != null) {
            BigDecimal mean = weighted.divide(measuredKg, 2, RoundingMode.HALF_UP);
            fineness = "mean fibre diameter " + um(minUm) + (minUm.compareTo(maxUm) == 0 ? "" : " to " + um(maxUm))
                    + " (weighted mean " + um(mean) + ")";
        } else {
            fineness = classes.isEmpty() ? "not measured" : "graded by eye";
        }
        if (!classes.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (FinenessClass c : FinenessClass.values()) {
                if (classes.containsKey(c)) {
                    parts.add(classes.get(c) + " " + c.code() + " (" + c.range() + ")");
                }
            }
            fineness = fineness + "; " + String.join(", ", parts);
        }

        // Claims, checked against the records as a brand would print them.
        LocalDate day = farmCalendar.today();
        List<Claim> claims = new ArrayList<>();
        String common = commonRegion(regions);
        if (common != null) {
            claims.add(new Claim.OriginRegion(common));
        }
        claims.add(new Claim.CombedOnly());
        claims.add(new Claim.FinenessClassIs(FinenessClass.FINE));
        Standard standard = registry.newestEdition(standardId).orElse(null);
        if (standard != null) {
            claims.add(new Claim.WelfareConformant(standard.ref().id(), standard.ref().edition(), day));
        }
        claims.add(new Claim.TraceableToGoats());
        List<ClaimResult> results = ClaimVerifier.verify(records, claims);
        List<Line> lines = new ArrayList<>();
        String welfare = "no welfare standard is configured";
        for (ClaimResult r : results) {
            lines.add(new Line(capitalise(r.claim().statement()), r.verdict().code(), publicReason(r)));
            if (r.claim() instanceof Claim.WelfareConformant) {
                int total = r.supporting().size() + r.contradicting().size() + r.lacking().size();
                welfare = r.supporting().size() + " of " + total + " source" + (total == 1 ? "" : "s")
                        + " conformant at the latest assessment" + (r.contradicting().isEmpty() ? ""
                        : "; " + r.contradicting().size() + " with a nonconformity") + (r.lacking().isEmpty() ? ""
                        : "; " + r.lacking().size() + " not assessed");
            }
        }

        String label = standard == null ? "" : standard.ref().id().toUpperCase(Locale.ROOT).replace('-', ' ') + " "
                + standard.ref().edition();
        return new Page(lot.code, lot.kind.equals(Lot.AGGREGATION) ? "raw cashmere" : "dehaired cashmere",
                kg(lot.quantityKg), List.copyOf(regions), sourcesText, method, period, fineness, welfare, label, lines,
                steps(graph.events(behind), behind), results.stream()
                .allMatch(r -> r.verdict() == ClaimResult.Verdict.HOLDS));
    }

    /** The steps of the chain, harvests summed into one. */
    private List<Step> steps(List<ChainEvent> events, LotGraph.Behind behind) {
        List<Step> steps = new ArrayList<>();
        // Every party of the chain read in one statement, however long the chain.
        Set<UUID> ids = new LinkedHashSet<>();
        for (ChainEvent e : events) {
            if (e instanceof ChainEvent.Aggregated a) {
                ids.add(UUID.fromString(a.station()));
            } else if (e instanceof ChainEvent.Transformed t) {
                ids.add(UUID.fromString(t.station()));
            } else if (e instanceof ChainEvent.Shipped s) {
                ids.add(UUID.fromString(s.from()));
                ids.add(UUID.fromString(s.to()));
            } else if (e instanceof ChainEvent.Received r) {
                ids.add(UUID.fromString(r.to()));
            }
        }
        Map<UUID, CustodyRepository.Party> orgs = repository.parties(ids);
        LocalDate firstHarvest = null;
        LocalDate lastHarvest = null;
        int harvested = 0;
        for (ChainEvent e : events) {
            if (e instanceof ChainEvent.Harvested h) {
                LocalDate d = h.time().atZone(ZoneOffset.UTC).toLocalDate();
                firstHarvest = firstHarvest == null || d.isBefore(firstHarvest) ? d : firstHarvest;
                lastHarvest = lastHarvest == null || d.isAfter(lastHarvest) ? d : lastHarvest;
                harvested++;
            }
        }
        if (harvested > 0) {
            steps.add(new Step(firstHarvest.equals(lastHarvest) ? firstHarvest.format(DAY)
                    : firstHarvest.format(DAY) + " to " + lastHarvest.format(DAY), "Harvested: " + harvested
                    + " bag" + (harvested == 1 ? "" : "s") + " filled and registered at the source"));
        }
        for (ChainEvent e : events) {
            String date = e.time().atZone(ZoneOffset.UTC).toLocalDate().format(DAY);
            if (e instanceof ChainEvent.Aggregated a) {
                steps.add(new Step(date, "Collected into lot " + a.lot() + " (" + kg(a.kg()) + ", " + a.bags().size()
                        + " bags) by " + party(a.station(), orgs)));
            } else if (e instanceof ChainEvent.Transformed t) {
                steps.add(new Step(date, "Dehaired by " + party(t.station(), orgs) + " into lot " + t.output().lot()
                        + " (" + kg(t.output().kg()) + ", yield " + t.yieldPercent().stripTrailingZeros().toPlainString()
                        + " %)"));
            } else if (e instanceof ChainEvent.Shipped s) {
                steps.add(new Step(date, "Shipped: " + kg(s.quantity().kg()) + " of lot " + s.quantity().lot()
                        + " from " + party(s.from(), orgs) + " to " + party(s.to(), orgs)));
            } else if (e instanceof ChainEvent.Received r) {
                steps.add(new Step(date, "Received: " + kg(r.quantity().kg()) + " of lot " + r.quantity().lot()
                        + " by " + party(r.to(), orgs)));
            }
        }
        return steps;
    }

    private static String party(String id, Map<UUID, CustodyRepository.Party> parties) {
        CustodyRepository.Party o = parties.get(UUID.fromString(id));
        if (o == null) {
            return "an organisation";
        }
        String kind = o.kind().replace('-', ' ');
        return PRIVATE_KINDS.contains(o.kind()) ? English.a(kind) : o.name() + " (" + kind + ")";
    }

    /** The regions' common least specific parts: "Alxa League, Inner Mongolia" for bags from two banners of Alxa. */
    static String commonRegion(Set<String> regions) {
        List<String> common = null;
        for (String r : regions) {
            List<String> parts = new ArrayList<>();
            for (String p : r.split(",")) {
                if (!p.isBlank()) {
                    parts.add(p.strip());
                }
            }
            Collections.reverse(parts);
            if (common == null) {
                common = parts;
            } else {
                int n = 0;
                while (n < common.size() && n < parts.size() && common.get(n).equalsIgnoreCase(parts.get(n))) {
                    n++;
                }
                common = new ArrayList<>(common.subList(0, n));
            }
        }
        if (common == null || common.isEmpty()) {
            return null;
        }
        List<String> ordered = new ArrayList<>(common);
        Collections.reverse(ordered);
        return String.join(", ", ordered);
    }

    /** The verifier's reason, which names only counts: safe for the public page. */
    private static String publicReason(ClaimResult r) {
        return r.reason();
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String kg(BigDecimal kg) {
        return kg.setScale(1, RoundingMode.HALF_UP).toPlainString() + " kg";
    }

    static String um(BigDecimal um) {
        return um.stripTrailingZeros().toPlainString() + " \u00b5m";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
