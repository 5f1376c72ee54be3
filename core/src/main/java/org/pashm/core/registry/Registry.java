package org.pashm.core.registry;

import java.security.CodeSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pashm.core.crosswalk.Correspondence;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Projection;
import org.pashm.core.crosswalk.Target;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Evaluator;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.Evidence;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Observation;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.record.RecordKind;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

/**
 * Every standard, clause, evidence code and duty the loaded modules contribute, checked to fit together, and the
 * evaluators built from them. Immutable and thread-safe once loaded.
 *
 * <p>Load it with {@link #load()} (the {@link ServiceLoader} of the caller's class loader, or the module layer),
 * with {@link #load(ClassLoader)} or {@link #fromLoader(ServiceLoader)} for another loader, or with
 * {@link #of(Collection)} in tests; add plugins with {@link #with(Collection)}. Every load runs each of
 * {@code RegistryChecks} on the modules and refuses them, naming the module at fault, when they do not fit.
 */
public final class Registry {

    private final List<StandardModule> loaded;
    private final List<ModuleInfo> modules;
    private final Map<StandardRef, Standard> standards;
    private final Map<StandardRef, Map<ClauseNumber, Clause>> clauses;
    private final Map<StandardRef, Map<ClauseNumber, Heading>> headings;
    private final Map<Clause, ModuleInfo> contributors;
    private final Vocabulary vocabulary;
    private final List<Duty> duties;
    private final Map<String, RecordKind> recordKinds;
    private final Map<String, ModuleInfo> codeOwners;
    private final Map<StandardRef, Map<String, String>> versionsByStandard;
    private final List<Crosswalk> crosswalks;
    private final Map<Crosswalk, List<ModuleInfo>> crosswalkDeclarers;
    private final Map<StandardRef, Certification> certifications;
    private final Map<String, Evaluator> evaluators = new ConcurrentHashMap<>();

    private Registry(List<StandardModule> loaded) {
        Contributions c = Contributions.of(loaded);
        List<String> problems = RegistryChecks.all(c);
        if (!problems.isEmpty()) {
            throw new RegistryException(problems);
        }
        // Checked: nothing below is defined twice or refers to what does not exist, so the indexes are complete.
        this.loaded = List.copyOf(loaded);
        this.modules = List.copyOf(c.modules());
        Map<StandardRef, Standard> stds = new TreeMap<>();
        c.standardsByRef().forEach((ref, s) -> stds.put(ref, s.item()));
        this.standards = stds;

        Map<StandardRef, Map<ClauseNumber, Clause>> byStandard = new HashMap<>();
        Map<Clause, ModuleInfo> contributedBy = new HashMap<>();
        Map<StandardRef, Map<String, String>> versions = new HashMap<>();
        for (Contributions.From<Clause> e : c.clauses()) {
            Clause clause = e.item();
            byStandard.computeIfAbsent(clause.standard(), k -> new TreeMap<>()).put(clause.number(), clause);
            contributedBy.put(clause, e.module());
            versions.computeIfAbsent(clause.standard(), k -> new TreeMap<>()).put(e.module().name(), e.module().version());
        }
        c.standardsByRef().forEach((ref, s) -> versions.computeIfAbsent(ref, k -> new TreeMap<>())
                .put(s.module().name(), s.module().version()));
        this.clauses = byStandard;
        this.contributors = contributedBy;
        this.versionsByStandard = versions;

        Map<StandardRef, Map<ClauseNumber, Heading>> headingsByStandard = new HashMap<>();
        c.headingsByStandard().forEach((ref, hs) -> {
            Map<ClauseNumber, Heading> own = new TreeMap<>();
            hs.forEach((n, h) -> own.put(n, h.item()));
            headingsByStandard.put(ref, own);
        });
        this.headings = headingsByStandard;

        this.vocabulary = new Vocabulary(c.codesByName().values().stream().map(Contributions.From::item).toList());
        Map<String, ModuleInfo> owners = new HashMap<>();
        c.codesByName().forEach((code, e) -> owners.put(code, e.module()));
        this.codeOwners = Map.copyOf(owners);
        this.duties = c.duties().stream().map(Contributions.From::item).sorted(Comparator.comparing(Duty::id)).toList();
        // The declarations of one kind of record by several modules agree (checked): one kind with all their duties.
        Map<String, RecordKind> kinds = new TreeMap<>();
        c.recordKinds().forEach(e -> kinds.merge(e.item().code(), e.item(), RecordKind::merge));
        this.recordKinds = Map.copyOf(kinds);

        // The lines several modules declare for one pair of standards are merged into one crosswalk.
        Map<String, List<Contributions.From<Crosswalk>>> byPair = new TreeMap<>();
        c.crosswalks().forEach(e -> byPair.computeIfAbsent(e.item().from() + "|" + e.item().to(),
                k -> new ArrayList<>()).add(e));
        List<Crosswalk> walks = new ArrayList<>();
        Map<Crosswalk, List<ModuleInfo>> declarers = new HashMap<>();
        for (List<Contributions.From<Crosswalk>> pair : byPair.values()) {
            Crosswalk first = pair.get(0).item();
            Crosswalk merged = new Crosswalk(first.from(), first.to(), pair.stream()
                    .flatMap(e -> e.item().correspondences().stream())
                    .sorted(Comparator.comparing(Correspondence::requirement)).toList());
            walks.add(merged);
            declarers.put(merged, pair.stream().map(Contributions.From::module).distinct().toList());
        }
        this.crosswalks = List.copyOf(walks);
        this.crosswalkDeclarers = declarers;

        Map<StandardRef, Certification> certs = new TreeMap<>();
        c.certifications().forEach(e -> certs.put(e.item().standard(), e.item()));
        this.certifications = certs;
    }

    /** Loads every module visible to the current thread's context class loader (or, on the module path, the layer). */
    public static Registry load() {
        return fromLoader(ServiceLoader.load(StandardModule.class));
    }

    /** Loads every module visible to {@code loader}, e.g. a class loader over a plugins directory. */
    public static Registry load(ClassLoader loader) {
        return fromLoader(ServiceLoader.load(StandardModule.class, loader));
    }

    /** A registry of exactly these modules; validated like any other. */
    public static Registry of(Collection<? extends StandardModule> modules) {
        return new Registry(List.copyOf(modules));
    }

    /**
     * Loads every module {@code loader} finds (a class path, a module layer or a plugins class loader) and checks
     * them. Every provider that does not load (a class missing from its jar, no public no-argument constructor,
     * not a {@link StandardModule}) is named in one {@link RegistryException}, with the chain of causes, before any
     * module is checked.
     */
    public static Registry fromLoader(ServiceLoader<StandardModule> loader) {
        List<StandardModule> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Iterator<StandardModule> it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                problems.add(describe(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryException(problems);
        }
        return new Registry(found);
    }

    /**
     * A registry of this one's modules and {@code more} (plugins, say), checked again as a whole: this registry
     * is unchanged, and the new one is refused exactly as {@link #of} would refuse the same modules.
     */
    public Registry with(Collection<? extends StandardModule> more) {
        List<StandardModule> all = new ArrayList<>(loaded);
        all.addAll(more);
        return new Registry(all);
    }

    private static String describe(ServiceConfigurationError e) {
        StringBuilder sb = new StringBuilder(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            sb.append(" (caused by ").append(cause).append(')');
        }
        return sb.toString();
    }

    // ---- queries ---------------------------------------------------------------------------------------------

    /** The modules loaded, as their providers: where each module's own resources (its message bundles) are. */
    public List<StandardModule> providers() {
        return loaded;
    }

    public List<ModuleInfo> modules() {
        return modules;
    }

    /** Every standard edition, ordered by id then edition. */
    public List<Standard> standards() {
        return List.copyOf(standards.values());
    }

    public Optional<Standard> standard(StandardRef ref) {
        return Optional.ofNullable(standards.get(ref));
    }

    /** The newest edition (by edition date) of a standard id. */
    public Optional<Standard> newestEdition(String id) {
        return standards.values().stream().filter(s -> s.ref().id().equals(id))
                .max(Comparator.comparing(Standard::editionDate));
    }

    /** The clauses of a standard edition, in clause order. */
    public List<Clause> clauses(StandardRef ref) {
        return List.copyOf(clauses.getOrDefault(ref, Map.of()).values());
    }

    public List<Clause> clauses(StandardRef ref, ClauseFilter filter) {
        return clauses.getOrDefault(ref, Map.of()).values().stream().filter(filter::matches).toList();
    }

    public Optional<Clause> clause(StandardRef ref, ClauseNumber number) {
        return Optional.ofNullable(clauses.getOrDefault(ref, Map.of()).get(number));
    }

    public List<Heading> headings(StandardRef ref) {
        return List.copyOf(headings.getOrDefault(ref, Map.of()).values());
    }

    public Optional<Heading> heading(StandardRef ref, ClauseNumber number) {
        return Optional.ofNullable(headings.getOrDefault(ref, Map.of()).get(number));
    }

    /** The module that contributed a clause. */
    public ModuleInfo contributor(Clause clause) {
        return contributors.get(clause);
    }

    /** The module that defines an evidence code. */
    public Optional<ModuleInfo> owner(String evidenceCode) {
        return Optional.ofNullable(codeOwners.get(evidenceCode));
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Every duty, ordered by id. */
    public List<Duty> duties() {
        return duties;
    }

    /** Every kind of record, ordered by code; one declared by several modules is merged into one. */
    public List<RecordKind> recordKinds() {
        return recordKinds.values().stream().sorted(Comparator.comparing(RecordKind::code)).toList();
    }

    public Optional<RecordKind> recordKind(String code) {
        return Optional.ofNullable(code == null ? null : recordKinds.get(code));
    }

    /** Name and version of each module that contributed to a standard edition. */
    public Map<String, String> moduleVersions(StandardRef ref) {
        return Map.copyOf(versionsByStandard.getOrDefault(ref, Map.of()));
    }

    // ---- crosswalks and certification ------------------------------------------------------------------------

    /** Every crosswalk, one per pair of standard editions (lines declared by several modules are merged). */
    public List<Crosswalk> crosswalks() {
        return crosswalks;
    }

    /** The crosswalks that start from a standard edition (its requirements mapped to other standards). */
    public List<Crosswalk> crosswalksFrom(StandardRef from) {
        return crosswalks.stream().filter(x -> x.from().equals(from)).toList();
    }

    /** How the requirements of {@code from} relate to the clauses of {@code to}, if some module says. */
    public Optional<Crosswalk> crosswalk(StandardRef from, StandardRef to) {
        return crosswalks.stream().filter(x -> x.from().equals(from) && x.to().equals(to)).findFirst();
    }

    /** The modules that declared the lines of a crosswalk. */
    public List<ModuleInfo> declarers(Crosswalk crosswalk) {
        return crosswalkDeclarers.getOrDefault(crosswalk, List.of());
    }

    /** Whether a standard edition certifies, and for how long; empty when it does not. */
    public Optional<Certification> certification(StandardRef ref) {
        return Optional.ofNullable(certifications.get(ref));
    }

    /**
     * Projects the findings of an assessment against {@code from} onto {@code onto}, through the crosswalk from
     * {@code onto} to {@code from}. Throws {@link IllegalArgumentException} when either is not loaded or no module
     * declares that crosswalk.
     */
    public Projection project(StandardRef onto, StandardRef from, ProductionSystem system, LocalDate assessedOn,
                              List<Finding> findings) {
        Standard target = standard(onto).orElseThrow(
                () -> new IllegalArgumentException("no standard " + onto + " is registered"));
        Crosswalk crosswalk = crosswalk(onto, from).orElseThrow(() -> new IllegalArgumentException(
                "no module maps the requirements of " + onto + " to " + from));
        return Projection.of(target, clauses(onto), headings(onto), crosswalk, clauses(from), system, assessedOn,
                findings);
    }

    // ---- evaluation ------------------------------------------------------------------------------------------

    /** The evaluator for a standard edition and production system; built once and cached. */
    public Evaluator evaluator(StandardRef ref, ProductionSystem system) {
        return evaluators.computeIfAbsent(ref + "|" + system, k -> {
            Standard standard = standard(ref).orElseThrow(
                    () -> new IllegalArgumentException("no standard " + ref + " is registered"));
            Map<ClauseNumber, String> sections = new LinkedHashMap<>();
            for (Heading h : headings(ref)) {
                if (h.number().depth() == 1) {
                    sections.put(h.number(), h.title());
                }
            }
            return new Evaluator(standard, system, clauses(ref), sections, moduleVersions(ref));
        });
    }

    /** Evaluates validated observations of one site against a standard edition. */
    public Report evaluate(StandardRef ref, ProductionSystem system, LocalDate assessedOn, List<Observation> observations) {
        return evaluator(ref, system).evaluate(Evidence.of(observations), assessedOn);
    }
}
