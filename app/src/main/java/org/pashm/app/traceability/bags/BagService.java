package org.pashm.app.traceability.bags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.traceability.bags.BagRepository.BagSite;
import org.pashm.app.record.RetentionGuard;
import org.pashm.app.traceability.registry.Organisations;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.Received;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.traceability.CustodyStep;
import org.pashm.traceability.Bag;
import org.pashm.traceability.BagRules;
import org.pashm.traceability.BrokenRule;
import org.pashm.traceability.Marking;
import org.pashm.traceability.Retention;

/**
 * Registers bags at harvest. The request's shape is checked when it is bound ({@link BagRequest}); here what the
 * stored data tell (the site, the goats, the day) answers 400 with every such mistake; then the bag is judged by
 * {@link BagRules} for its site's production system (422 naming the clause of every rule it breaks), and stored with
 * the goats it names.
 */
@ApplicationScoped
public class BagService {

    @Inject
    BagRepository repository;

    @Inject
    ObjectMapper json;

    @Inject
    Organisations organisations;

    @Inject
    FarmCalendar farmCalendar;

    /**
     * Registers a bag of {@code organisation}; runs in the caller's transaction. The body's problems and those only
     * the stored data and the clock tell (its site, its goats, its harvest day) are answered together.
     */
    public BagView register(UUID organisation, Received<BagRequest> received) {
        organisations.taking(organisation, CustodyStep.HARVEST);
        BagSite[] at = new BagSite[1];
        List<UUID> goats = new ArrayList<>();
        BagRequest request = received.check((bag, errors) -> {
            if (bag.site() != null) {
                at[0] = repository.site(bag.site()).filter(s -> s.organisation().equals(organisation)).orElse(null);
                if (at[0] == null) {
                    errors.add("/site", Rule.UNKNOWN_SITE, "there is no site " + bag.site() + " of this organisation");
                }
            }
            if (bag.harvestedOn() != null && bag.harvestedOn().isAfter(farmCalendar.latestDateOnEarth())) {
                errors.add("/harvestedOn", Rule.IN_THE_FUTURE, "harvestedOn " + bag.harvestedOn()
                        + " is in the future");
            }
            if (bag.goats() != null && !errors.has("/goats")) {
                goats.addAll(goats(organisation, bag.goats(), errors));
            }
        });
        BagSite site = at[0];

        Map<Marking, String> markings = request.textMarkings();
        if (!goats.isEmpty() && !markings.containsKey(Marking.EAR_TAG_OR_ID)) {
            // The goats named are the bag's ear-tag marking (5.26.1.3, 6.26.1.3).
            markings.put(Marking.EAR_TAG_OR_ID, earTagMarking(request.earTags()));
        }
        Bag.Builder b = Bag.builder(request.number()).material(request.bagMaterial())
                .whiteCloth(request.whiteCloth()).fineness(request.gradedClass()).harvestMethod(request.method());
        if (request.fibreWeightKg() != null) {
            b.fibreWeightKg(request.fibreWeightKg());
        }
        if (request.meanFibreDiameterUm() != null) {
            b.meanFibreDiameterUm(request.meanFibreDiameterUm());
        }
        markings.forEach(b::marking);
        List<BrokenRule> broken = BagRules.check(site.system(), b.build());
        if (!broken.isEmpty()) {
            List<FieldError> ruleErrors = new ArrayList<>();
            for (BrokenRule r : broken) {
                Rule rule = Rule.fromCode(r.rule());
                ruleErrors.add(FieldError.clause(pointer(rule), r.clause().toString(), rule,
                        r.clause() + ": " + r.message()));
            }
            String detail = broken.size() == 1 ? ruleErrors.get(0).detail()
                    : "The bag breaks " + broken.size() + " rules of ISO 22786; see errors.";
            throw Problems.invalid(422, "bag-rule-broken", "Bag breaks ISO 22786", detail, ruleErrors)
                    .with("productionSystem", site.system().code());
        }
        if (repository.numberTaken(organisation, request.number())) {
            throw numberTaken(request.number(), BagRules.archiveClause(site.system()));
        }
        BagRecord r = new BagRecord();
        r.id = UUID.randomUUID();
        r.organisationId = organisation;
        r.siteId = site.id();
        r.number = request.number();
        r.harvestedOn = request.harvestedOn();
        r.harvestMethod = request.method().code();
        r.material = request.material();
        r.whiteCloth = request.whiteCloth();
        r.fibreWeightKg = request.fibreWeightKg();
        r.fineness = request.fineness();
        r.meanFibreDiameterUm = request.meanFibreDiameterUm();
        r.markings = write(markings);
        r.recordedAt = farmCalendar.now();
        repository.insert(r, goats);
        return BagView.of(r, read(r.markings), repository.earTags(List.of(r)).get(r.id), null);
    }

    static RuntimeException numberTaken(String number, ClauseNumber clause) {
        return Problems.invalid(409, "bag-number-taken", "Bag number already registered", "Bag number " + number
                        + " is already registered; each bag's data are archived under a unique number (" + clause + ").",
                List.of(FieldError.clause("/number", clause.toString(), Rule.UNIQUE_NUMBER, "bag number " + number
                        + " is taken")));
    }

    /** Where in the body a broken bag rule points. */
    static String pointer(Rule rule) {
        return switch (rule) {
            case MATERIAL, SYNTHETIC, PETROLEUM_BASED -> "/material";
            case WHITE -> "/whiteCloth";
            case WEIGHT -> "/fibreWeightKg";
            case MARKINGS -> "/markings";
            case FINENESS_CLASS -> "/fineness";
            case UNIQUE_NUMBER -> "/number";
            case COMBING_ONLY -> "/harvestMethod";
            default -> "";
        };
    }

    /** The bag, if the caller's organisation may see it (checked by the caller of this method); else 404. */
    public BagRecord find(UUID id) {
        return repository.find(id).orElseThrow(() -> Problems.notFound("unknown-bag", "Unknown bag",
                "There is no bag " + id + "."));
    }

    public BagView view(BagRecord b) {
        return views(List.of(b)).get(0);
    }

    public Page<BagView> list(UUID organisation, String number, Paging paging) {
        BagRepository.Found found = repository.page(organisation, number == null || number.isBlank() ? null
                : number.strip(), paging);
        return Page.of(views(found.bags()), paging, found.total());
    }

    /** Bag data are archived permanently (5.26.3.2, 6.26.3.2): a delete is always refused. */
    public void delete(UUID id) {
        BagRecord b = find(id);
        RetentionGuard.check(Retention.BAG_DATA, b.harvestedOn, farmCalendar.today(), "Bag " + b.number + "'s data");
    }

    /** The views of bags, with their goats and lots read in one statement each. */
    private List<BagView> views(List<BagRecord> bags) {
        Map<UUID, List<String>> tags = repository.earTags(bags);
        Map<UUID, String> lots = repository.lots(bags);
        return bags.stream().map(b -> BagView.of(b, read(b.markings), tags.get(b.id), lots.get(b.id))).toList();
    }

    /** The organisation's goats named by ear tag, each unknown tag an error at its place in the list. */
    private List<UUID> goats(UUID organisation, List<String> earTags, FieldErrors errors) {
        Set<String> distinct = new LinkedHashSet<>(earTags);
        distinct.remove(null);
        Map<String, UUID> known = repository.goatsByEarTag(organisation, distinct);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < earTags.size(); i++) {
            if (earTags.get(i) == null) {
                continue; // refused while binding, and reported
            }
            UUID id = known.get(earTags.get(i));
            if (id == null) {
                errors.add("/goats/" + i, Rule.UNKNOWN_GOAT, "no goat of this organisation has ear tag "
                        + earTags.get(i));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The ear-tag marking the goats make: their tags as given, cut to the marking's 500 characters. */
    private static String earTagMarking(List<String> earTags) {
        String s = String.join(", ", earTags);
        return s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }

    private String write(Map<Marking, String> markings) {
        Map<String, String> byCode = new TreeMap<>();
        markings.forEach((k, v) -> byCode.put(k.code(), v));
        try {
            return json.writeValueAsString(byCode);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String markings) {
        try {
            return json.readValue(markings, json.getTypeFactory().constructMapType(TreeMap.class, String.class,
                    String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
