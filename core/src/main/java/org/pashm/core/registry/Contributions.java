package org.pashm.core.registry;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.record.RecordKind;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

/**
 * Everything the loaded modules contribute, each piece with the module it came from, in load order: what the
 * {@link RegistryChecks} judge before a {@link Registry} is built from it.
 *
 * <p>The indexes ({@link #standardsByRef()}, {@link #clausesByStandard()}...) keep the first definition of anything
 * defined twice, so that each check can judge the rest against them; the checks refuse the second definition.
 */
final class Contributions {

    /** One piece a module contributes, and the module it came from. */
    record From<T>(ModuleInfo module, T item) {
    }

    private final List<ModuleInfo> modules = new ArrayList<>();
    private final List<From<Throwable>> unlisted = new ArrayList<>();
    private final List<From<Standard>> standards = new ArrayList<>();
    private final List<From<EvidenceCode>> codes = new ArrayList<>();
    private final List<From<Clause>> clauses = new ArrayList<>();
    private final List<From<Heading>> headings = new ArrayList<>();
    private final List<From<Duty>> duties = new ArrayList<>();
    private final List<From<RecordKind>> recordKinds = new ArrayList<>();
    private final List<From<Crosswalk>> crosswalks = new ArrayList<>();
    private final List<From<Certification>> certifications = new ArrayList<>();

    private final Map<StandardRef, From<Standard>> standardsByRef = new TreeMap<>();
    private final Map<String, From<EvidenceCode>> codesByName = new TreeMap<>();
    private final Map<StandardRef, Map<ClauseNumber, From<Clause>>> clausesByStandard = new HashMap<>();
    private final Map<StandardRef, Map<ClauseNumber, From<Heading>>> headingsByStandard = new HashMap<>();

    private Contributions(List<? extends StandardModule> loaded) {
        for (StandardModule module : loaded) {
            ModuleInfo info = info(module);
            modules.add(info);
            // All of a module's lists or none: a module that throws half-way contributes nothing, so that the
            // problems show its failure, not the gaps it leaves.
            List<Standard> s;
            List<EvidenceCode> v;
            List<Clause> c;
            List<Heading> h;
            List<Duty> d;
            List<RecordKind> k;
            List<Crosswalk> x;
            List<Certification> cert;
            try {
                s = List.copyOf(module.standards());
                v = List.copyOf(module.vocabulary());
                c = List.copyOf(module.clauses());
                h = List.copyOf(module.headings());
                d = List.copyOf(module.duties());
                k = List.copyOf(module.recordKinds());
                x = List.copyOf(module.crosswalks());
                cert = List.copyOf(module.certifications());
            } catch (RuntimeException | LinkageError e) {
                unlisted.add(new From<>(info, e));
                continue;
            }
            s.forEach(i -> standards.add(new From<>(info, i)));
            v.forEach(i -> codes.add(new From<>(info, i)));
            c.forEach(i -> clauses.add(new From<>(info, i)));
            h.forEach(i -> headings.add(new From<>(info, i)));
            d.forEach(i -> duties.add(new From<>(info, i)));
            k.forEach(i -> recordKinds.add(new From<>(info, i)));
            x.forEach(i -> crosswalks.add(new From<>(info, i)));
            cert.forEach(i -> certifications.add(new From<>(info, i)));
        }
        standards.forEach(s -> standardsByRef.putIfAbsent(s.item().ref(), s));
        codes.forEach(c -> codesByName.putIfAbsent(c.item().code(), c));
        for (From<Clause> c : clauses) {
            if (standardsByRef.containsKey(c.item().standard())) {
                clausesByStandard.computeIfAbsent(c.item().standard(), k -> new TreeMap<>())
                        .putIfAbsent(c.item().number(), c);
            }
        }
        for (From<Heading> h : headings) {
            if (standardsByRef.containsKey(h.item().standard())) {
                headingsByStandard.computeIfAbsent(h.item().standard(), k -> new TreeMap<>())
                        .putIfAbsent(h.item().number(), h);
            }
        }
    }

    /** What these modules contribute, listed once; a module that throws while listing is kept as a problem. */
    static Contributions of(List<? extends StandardModule> loaded) {
        return new Contributions(loaded);
    }

    static ModuleInfo info(StandardModule module) {
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

    /** Every loaded module, in load order, including those that failed to list their contributions. */
    List<ModuleInfo> modules() {
        return modules;
    }

    /** The modules that threw while listing their contributions, with what they threw. */
    List<From<Throwable>> unlisted() {
        return unlisted;
    }

    List<From<Standard>> standards() {
        return standards;
    }

    List<From<EvidenceCode>> codes() {
        return codes;
    }

    List<From<Clause>> clauses() {
        return clauses;
    }

    List<From<Heading>> headings() {
        return headings;
    }

    List<From<Duty>> duties() {
        return duties;
    }

    List<From<RecordKind>> recordKinds() {
        return recordKinds;
    }

    List<From<Crosswalk>> crosswalks() {
        return crosswalks;
    }

    List<From<Certification>> certifications() {
        return certifications;
    }

    /** The first definition of each standard edition, by reference. */
    Map<StandardRef, From<Standard>> standardsByRef() {
        return standardsByRef;
    }

    boolean defines(StandardRef ref) {
        return standardsByRef.containsKey(ref);
    }

    /** The first definition of each evidence code, by code. */
    Map<String, From<EvidenceCode>> codesByName() {
        return codesByName;
    }

    /** The first clause of each number, of each defined standard edition, in clause order. */
    Map<StandardRef, Map<ClauseNumber, From<Clause>>> clausesByStandard() {
        return clausesByStandard;
    }

    Map<ClauseNumber, From<Clause>> clausesOf(StandardRef ref) {
        return clausesByStandard.getOrDefault(ref, Map.of());
    }

    /** The first heading of each number, of each defined standard edition, in clause order. */
    Map<ClauseNumber, From<Heading>> headingsOf(StandardRef ref) {
        return headingsByStandard.getOrDefault(ref, Map.of());
    }

    /** Every heading index, by standard edition. */
    Map<StandardRef, Map<ClauseNumber, From<Heading>>> headingsByStandard() {
        return headingsByStandard;
    }
}
