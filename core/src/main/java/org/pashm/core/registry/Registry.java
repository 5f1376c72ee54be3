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
 * with {@link #load(ClassLoader)} for plugins, or with {@link #of(Collection)} in tests.
 */
public final class Registry {

    private final List<ModuleInfo> modules;
    private final Map<StandardRef, Standard> standards;
    private final Map<StandardRef, Map<ClauseNumber, Clause>> clauses;
    private final Map<StandardRef, Map<ClauseNumber, Heading>> headings;
    private final Map<Clause, ModuleInfo> contributors;
    private final Vocabulary vocabulary;
    private final List<Duty> duties;
    private final Map<String, ModuleInfo> codeOwners;
    private final Map<StandardRef, Map<String, String>> versionsByStandard;
    private final List<Crosswalk> crosswalks;
    private final Map<Crosswalk, List<ModuleInfo>> crosswalkDeclarers;
    private final Map<StandardRef, Certification> certifications;
    private final Map<String, Evaluator> evaluators = new ConcurrentHashMap<>();

    private Registry(List<StandardModule> loaded) {
        List<String> problems = new ArrayList<>();
        List<ModuleInfo> infos = new ArrayList<>();
        Map<StandardRef, Standard> stds = new TreeMap<>();
        Map<StandardRef, ModuleInfo> stdOwners = new HashMap<>();
        Map<String, EvidenceCode> codes = new TreeMap<>();
        Map<String, ModuleInfo> owners = new HashMap<>();
        List<Map.Entry<ModuleInfo, Clause>> allClauses = new ArrayList<>();
        List<Map.Entry<ModuleInfo, Heading>> allHeadings = new ArrayList<>();
        List<Map.Entry<ModuleInfo, Duty>> allDuties = new ArrayList<>();
        List<Map.Entry<ModuleInfo, Crosswalk>> allCrosswalks = new ArrayList<>();
        List<Map.Entry<ModuleInfo, Certification>> allCertifications = new ArrayList<>();

        for (StandardModule module : loaded) {
            ModuleInfo info = info(module);
            infos.add(info);
            try {
                for (Standard s : module.standards()) {
                    ModuleInfo previous = stdOwners.putIfAbsent(s.ref(), info);
                    if (previous != null) {
                        problems.add(info.label() + ": standard " + s.ref() + " is already defined by " + previous.label());
                    } else {
                        stds.put(s.ref(), s);
                    }
                }
                for (EvidenceCode c : module.vocabulary()) {
                    ModuleInfo previous = owners.putIfAbsent(c.code(), info);
                    if (previous != null) {
                        problems.add(info.label() + ": evidence code " + c.code() + " is already defined by " + previous.label());
                    } else {
                        codes.put(c.code(), c);
                    }
                }
                module.clauses().forEach(c -> allClauses.add(Map.entry(info, c)));
                module.headings().forEach(h -> allHeadings.add(Map.entry(info, h)));
                module.duties().forEach(d -> allDuties.add(Map.entry(info, d)));
                module.crosswalks().forEach(x -> allCrosswalks.add(Map.entry(info, x)));
                module.certifications().forEach(x -> allCertifications.add(Map.entry(info, x)));
            } catch (RuntimeException | LinkageError e) {
                problems.add(info.label() + " from " + info.location() + ": failed while listing its contributions: " + e);
            }
        }

        Map<StandardRef, Map<ClauseNumber, Clause>> byStandard = new HashMap<>();
        Map<Clause, ModuleInfo> contributedBy = new HashMap<>();
        Map<String, ModuleInfo> clauseOwners = new HashMap<>();
        Map<StandardRef, Map<String, String>> versions = new HashMap<>();
        for (Map.Entry<ModuleInfo, Clause> e : allClauses) {
            ModuleInfo info = e.getKey();
            Clause c = e.getValue();
            String where = info.label() + ": clause " + c.number() + " of " + c.standard();
            if (!stds.containsKey(c.standard())) {
                problems.add(where + " belongs to a standard no module defines");
                continue;
            }
            ModuleInfo previous = clauseOwners.putIfAbsent(c.standard() + "#" + c.number(), info);
            if (previous != null) {
                problems.add(where + " is already defined by " + previous.label());
                continue;
            }
            if (c.freedoms().isEmpty() && stds.get(c.standard()).freedomsRequired()) {
                problems.add(where + " serves none of the five freedoms");
            }
            if (c.appliesTo().isEmpty()) {
                problems.add(where + " applies to no production system");
            }
            Set<String> ruleIds = new HashSet<>();
            for (Rule r : c.rules()) {
                if (!ruleIds.add(r.id())) {
                    problems.add(where + ": rule '" + r.id() + "' appears twice");
                }
                if (!c.strength().atLeast(r.strength())) {
                    problems.add(where + ": rule '" + r.id() + "' is " + r.strength() + " inside a " + c.strength() + " clause");
                }
                for (String code : r.reads()) {
                    EvidenceCode defined = codes.get(code);
                    if (defined == null) {
                        problems.add(where + ": rule '" + r.id() + "' reads evidence code " + code + " that no module defines");
                    } else if (!defined.takes(r.subjectKind()) && !defined.takes(SubjectKind.SITE)) {
                        problems.add(where + ": rule '" + r.id() + "' judges a " + r.subjectKind() + " but reads " + code
                                + ", which is observed on " + defined.subjectKinds());
                    }
                }
            }
            byStandard.computeIfAbsent(c.standard(), k -> new TreeMap<>()).put(c.number(), c);
            contributedBy.put(c, info);
            versions.computeIfAbsent(c.standard(), k -> new TreeMap<>()).put(info.name(), info.version());
        }
        for (Map.Entry<StandardRef, ModuleInfo> e : stdOwners.entrySet()) {
            versions.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(e.getValue().name(), e.getValue().version());
        }

        Map<StandardRef, Map<ClauseNumber, Heading>> headingsByStandard = new HashMap<>();
        for (Map.Entry<ModuleInfo, Heading> e : allHeadings) {
            Heading h = e.getValue();
            if (!stds.containsKey(h.standard())) {
                problems.add(e.getKey().label() + ": heading " + h.number() + " belongs to " + h.standard()
                        + ", a standard no module defines");
                continue;
            }
            Heading previous = headingsByStandard.computeIfAbsent(h.standard(), k -> new TreeMap<>())
                    .putIfAbsent(h.number(), h);
            if (previous != null) {
                problems.add(e.getKey().label() + ": heading " + h.number() + " of " + h.standard() + " is defined twice");
            }
        }

        List<Duty> dutyList = new ArrayList<>();
        Set<String> dutyIds = new HashSet<>();
        for (Map.Entry<ModuleInfo, Duty> e : allDuties) {
            Duty d = e.getValue();
            String where = e.getKey().label() + ": duty " + d.id();
            if (!dutyIds.add(d.standard() + "#" + d.id())) {
                problems.add(where + " is defined twice for " + d.standard());
            }
            Map<ClauseNumber, Clause> known = byStandard.getOrDefault(d.standard(), Map.of());
            for (ClauseNumber n : d.clauses()) {
                if (!known.containsKey(n)) {
                    problems.add(where + " cites clause " + n + ", which " + d.standard() + " does not have");
                }
            }
            dutyList.add(d);
        }

        Map<String, Crosswalk> walks = new TreeMap<>();
        Map<String, List<ModuleInfo>> walkers = new HashMap<>();
        Map<String, ModuleInfo> mapped = new HashMap<>();
        for (Map.Entry<ModuleInfo, Crosswalk> e : allCrosswalks) {
            Crosswalk x = e.getValue();
            String where = e.getKey().label() + ": crosswalk from " + x.from() + " to " + x.to();
            List<String> found = checkCrosswalk(x, stds, byStandard, headingsByStandard);
            found.forEach(p -> problems.add(where + ": " + p));
            if (!found.isEmpty()) {
                continue;
            }
            String key = x.from() + "|" + x.to();
            List<Correspondence> lines = new ArrayList<>(walks.containsKey(key)
                    ? walks.get(key).correspondences() : List.of());
            for (Correspondence c : x.correspondences()) {
                ModuleInfo previous = mapped.putIfAbsent(key + "|" + c.requirement(), e.getKey());
                if (previous != null) {
                    problems.add(where + ": requirement " + c.requirement() + " is mapped to " + x.to() + " twice"
                            + (previous == e.getKey() ? "" : " (also by " + previous.label() + ")"));
                } else {
                    lines.add(c);
                }
            }
            lines.sort(Comparator.comparing(Correspondence::requirement));
            walks.put(key, new Crosswalk(x.from(), x.to(), lines));
            List<ModuleInfo> by = walkers.computeIfAbsent(key, k -> new ArrayList<>());
            if (!by.contains(e.getKey())) {
                by.add(e.getKey());
            }
        }

        Map<StandardRef, Certification> certs = new TreeMap<>();
        for (Map.Entry<ModuleInfo, Certification> e : allCertifications) {
            Certification c = e.getValue();
            String where = e.getKey().label() + ": certification of " + c.standard();
            if (stdOwners.get(c.standard()) != e.getKey()) {
                problems.add(where + ": the module does not define " + c.standard()
                        + " (only the module that defines a standard may say that it certifies)");
                continue;
            }
            if (certs.putIfAbsent(c.standard(), c) != null) {
                problems.add(where + " is declared twice");
                continue;
            }
            Duty renewal = allDuties.stream().map(Map.Entry::getValue)
                    .filter(d -> d.standard().equals(c.standard()) && d.id().equals(c.renewalDuty()))
                    .findFirst().orElse(null);
            if (renewal == null) {
                problems.add(where + " names renewal duty '" + c.renewalDuty() + "', which " + c.standard()
                        + " does not have");
            } else if (!(renewal.recurrence() instanceof Recurrence.Every every)
                    || !every.period().normalized().equals(c.validity().normalized())) {
                problems.add(where + ": renewal duty '" + c.renewalDuty() + "' recurs " + renewal.recurrence().words()
                        + ", not every " + c.validityWords() + " as certificates last");
            } else if (!renewal.subjectKind().equals(SubjectKind.SITE)) {
                problems.add(where + ": renewal duty '" + c.renewalDuty() + "' is owed by a " + renewal.subjectKind()
                        + ", not by the site the certificate is issued to");
            }
        }

        if (!problems.isEmpty()) {
            throw new RegistryException(problems);
        }
        this.crosswalks = List.copyOf(walks.values());
        Map<Crosswalk, List<ModuleInfo>> declarers = new HashMap<>();
        walks.forEach((key, x) -> declarers.put(x, List.copyOf(walkers.get(key))));
        this.crosswalkDeclarers = declarers;
        this.certifications = certs;
        this.modules = List.copyOf(infos);
        this.standards = stds;
        this.clauses = byStandard;
        this.headings = headingsByStandard;
        this.contributors = contributedBy;
        this.vocabulary = new Vocabulary(codes.values());
        this.codeOwners = Map.copyOf(owners);
        this.duties = dutyList.stream().sorted(Comparator.comparing(Duty::id)).toList();
        this.versionsByStandard = versions;
    }

    /** Every problem of one crosswalk: its standards, requirements and targets must exist. */
    private static List<String> checkCrosswalk(Crosswalk x, Map<StandardRef, Standard> stds,
                                               Map<StandardRef, Map<ClauseNumber, Clause>> clauses,
                                               Map<StandardRef, Map<ClauseNumber, Heading>> headings) {
        List<String> problems = new ArrayList<>();
        if (x.from().equals(x.to())) {
            return List.of("a crosswalk maps one standard to another, not to itself");
        }
        for (StandardRef ref : List.of(x.from(), x.to())) {
            if (!stds.containsKey(ref)) {
                problems.add(ref + " is a standard no module defines");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<ClauseNumber, Clause> fromClauses = clauses.getOrDefault(x.from(), Map.of());
        Map<ClauseNumber, Clause> toClauses = clauses.getOrDefault(x.to(), Map.of());
        Map<ClauseNumber, Heading> toHeadings = headings.getOrDefault(x.to(), Map.of());
        for (Correspondence c : x.correspondences()) {
            if (!fromClauses.containsKey(c.requirement())) {
                problems.add("requirement " + c.requirement() + " is not a clause of " + x.from());
            }
            for (Target t : c.targets()) {
                Clause clause = toClauses.get(t.clause());
                String line = "requirement " + c.requirement() + " maps to " + t;
                if (clause == null && !toHeadings.containsKey(t.clause())) {
                    problems.add(line + ", but " + x.to() + " has no clause or heading " + t.clause());
                } else if (clause == null && t.rule() != null) {
                    problems.add(line + ", but " + t.clause() + " is a heading of " + x.to()
                            + "; name one of its clauses to name a rule");
                } else if (clause == null && toClauses.keySet().stream().noneMatch(t::covers)) {
                    problems.add(line + ", but " + x.to() + " has no clause under the heading " + t.clause());
                } else if (clause != null && t.rule() != null
                        && clause.rules().stream().noneMatch(r -> r.id().equals(t.rule()))) {
                    problems.add(line + ", but clause " + t.clause() + " of " + x.to() + " has no rule '" + t.rule()
                            + "' (its rules: " + clause.rules().stream().map(Rule::id)
                            .collect(java.util.stream.Collectors.joining(", ")) + ")");
                }
            }
        }
        return problems;
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

    private static Registry fromLoader(ServiceLoader<StandardModule> loader) {
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

    private static String describe(ServiceConfigurationError e) {
        StringBuilder sb = new StringBuilder(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            sb.append(" (caused by ").append(cause).append(')');
        }
        return sb.toString();
    }

    private static ModuleInfo info(StandardModule module) {
        String location;
        try {
            CodeSource source = module.getClass().getProtectionDomain().getCodeSource();
            location = source == null || source.getLocation() == null ? "unknown" : source.getLocation().toString();
        } catch (SecurityException e) {
            location = "unknown";
        }
        String name;
        String version;
        try {
            name = module.name();
            version = module.version();
        } catch (RuntimeException e) {
            name = module.getClass().getName();
            version = "unversioned";
        }
        return new ModuleInfo(name, version, module.getClass().getName(), location);
    }

    // ---- queries ---------------------------------------------------------------------------------------------

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
            List<Clause> applicable = clauses(ref).stream().filter(c -> c.appliesTo(system)).toList();
            Map<ClauseNumber, String> sections = new LinkedHashMap<>();
            for (Heading h : headings(ref)) {
                if (h.number().depth() == 1) {
                    sections.put(h.number(), h.title());
                }
            }
            return new Evaluator(standard, system, applicable, sections, moduleVersions(ref));
        });
    }

    /** Evaluates validated observations of one site against a standard edition. */
    public Report evaluate(StandardRef ref, ProductionSystem system, LocalDate assessedOn, List<Observation> observations) {
        return evaluator(ref, system).evaluate(Evidence.of(observations), assessedOn);
    }
}
