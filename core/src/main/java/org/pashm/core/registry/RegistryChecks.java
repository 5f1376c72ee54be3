package org.pashm.core.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pashm.core.crosswalk.Correspondence;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Target;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.record.Participants;
import org.pashm.core.record.RecordField;
import org.pashm.core.record.RecordKind;
import org.pashm.core.registry.Contributions.From;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

/**
 * What the registry checks before it answers anything: that the loaded modules fit together. Each check is one
 * rule, judged on every module's contributions, and returns one problem per offence, each beginning with the label
 * of the module at fault ({@link ModuleInfo#label()}) so that the integrator knows whose jar to open.
 *
 * <p>{@link #all} runs them in the order listed here and the registry refuses to load (a {@link RegistryException})
 * when any finds a problem: start-up fails fast, before an evaluator is built, and one start-up shows every problem
 * rather than the first. A check judges each piece once, against the first definition of anything defined twice
 * (the second is refused by the check for duplicates), and leaves alone what another check already refuses: a clause
 * of a standard nobody defines is not also judged for its freedoms, a crosswalk to a standard nobody defines is not
 * also judged for its targets.
 */
final class RegistryChecks {

    /** One named check. */
    record Check(String name, Function<Contributions, List<String>> problems) {
    }

    /** Every check, in the order its problems are reported. */
    static final List<Check> ALL = List.of(
            new Check("modulesListTheirContributions", RegistryChecks::modulesListTheirContributions),
            new Check("standardsAreDefinedOnce", RegistryChecks::standardsAreDefinedOnce),
            new Check("evidenceCodesAreDefinedOnce", RegistryChecks::evidenceCodesAreDefinedOnce),
            new Check("clausesBelongToADefinedStandard", RegistryChecks::clausesBelongToADefinedStandard),
            new Check("duplicateClauseNumbers", RegistryChecks::duplicateClauseNumbers),
            new Check("clausesServeAFreedom", RegistryChecks::clausesServeAFreedom),
            new Check("clausesApplyToAProductionSystem", RegistryChecks::clausesApplyToAProductionSystem),
            new Check("ruleIdsAreUniqueInTheirClause", RegistryChecks::ruleIdsAreUniqueInTheirClause),
            new Check("rulesAreNoStrongerThanTheirClause", RegistryChecks::rulesAreNoStrongerThanTheirClause),
            new Check("strengthsFollowTheirReading", RegistryChecks::strengthsFollowTheirReading),
            new Check("knownConflictsNameAClauseOfTheSameStandard",
                    RegistryChecks::knownConflictsNameAClauseOfTheSameStandard),
            new Check("evaluatorsReadKnownEvidence", RegistryChecks::evaluatorsReadKnownEvidence),
            new Check("rulesReadEvidenceOfWhatTheyJudge", RegistryChecks::rulesReadEvidenceOfWhatTheyJudge),
            new Check("headingsBelongToADefinedStandard", RegistryChecks::headingsBelongToADefinedStandard),
            new Check("headingsAreDefinedOnce", RegistryChecks::headingsAreDefinedOnce),
            new Check("dutiesAreDefinedOnce", RegistryChecks::dutiesAreDefinedOnce),
            new Check("dutiesCiteClausesOfTheirStandard", RegistryChecks::dutiesCiteClausesOfTheirStandard),
            new Check("recordKindsAreDeclaredOncePerModule", RegistryChecks::recordKindsAreDeclaredOncePerModule),
            new Check("recordKindsAgreeWhereDeclaredTwice", RegistryChecks::recordKindsAgreeWhereDeclaredTwice),
            new Check("recordKindsBelongToADefinedStandard", RegistryChecks::recordKindsBelongToADefinedStandard),
            new Check("recordKindsFulfilDutiesThatExist", RegistryChecks::recordKindsFulfilDutiesThatExist),
            new Check("recordFieldsAreWellFormed", RegistryChecks::recordFieldsAreWellFormed),
            new Check("participantRolesAreWellFormed", RegistryChecks::participantRolesAreWellFormed),
            new Check("dutyEventsAreRecordKinds", RegistryChecks::dutyEventsAreRecordKinds),
            new Check("crosswalksJoinTwoDefinedStandards", RegistryChecks::crosswalksJoinTwoDefinedStandards),
            new Check("crosswalkRequirementsAreClauses", RegistryChecks::crosswalkRequirementsAreClauses),
            new Check("crosswalkTargetsExist", RegistryChecks::crosswalkTargetsExist),
            new Check("crosswalkRequirementsAreMappedOnce", RegistryChecks::crosswalkRequirementsAreMappedOnce),
            new Check("onlyTheDefiningModuleCertifies", RegistryChecks::onlyTheDefiningModuleCertifies),
            new Check("certificationsAreDeclaredOnce", RegistryChecks::certificationsAreDeclaredOnce),
            new Check("renewalDutiesExist", RegistryChecks::renewalDutiesExist),
            new Check("renewalDutiesRecurAsCertificatesLast", RegistryChecks::renewalDutiesRecurAsCertificatesLast),
            new Check("renewalDutiesAreOwedByTheSite", RegistryChecks::renewalDutiesAreOwedByTheSite));

    private RegistryChecks() {
    }

    /** The problems of every check, in the order of {@link #ALL}; empty when the modules fit together. */
    static List<String> all(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (Check check : ALL) {
            problems.addAll(check.problems().apply(c));
        }
        return problems;
    }

    // ---- modules -------------------------------------------------------------------------------------------

    /**
     * A module answers every method of the SPI: one that throws (a missing class, a bug in building its clauses)
     * is named with the jar it was loaded from, and contributes nothing.
     */
    static List<String> modulesListTheirContributions(Contributions c) {
        return c.unlisted().stream().map(u -> u.module().label() + " from " + u.module().location()
                + ": failed while listing its contributions: " + u.item()).toList();
    }

    /** A standard edition is defined by one module, once: two definitions could disagree on title or decision rule. */
    static List<String> standardsAreDefinedOnce(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Standard> s : c.standards()) {
            From<Standard> first = c.standardsByRef().get(s.item().ref());
            if (first != s) {
                problems.add(s.module().label() + ": standard " + s.item().ref() + " is already defined by "
                        + first.module().label());
            }
        }
        return problems;
    }

    /** An evidence code is defined once: two definitions could disagree on its unit, range or subjects. */
    static List<String> evidenceCodesAreDefinedOnce(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<EvidenceCode> e : c.codes()) {
            From<EvidenceCode> first = c.codesByName().get(e.item().code());
            if (first != e) {
                problems.add(e.module().label() + ": evidence code " + e.item().code() + " is already defined by "
                        + first.module().label());
            }
        }
        return problems;
    }

    // ---- clauses and their rules ---------------------------------------------------------------------------

    private static String where(From<Clause> c) {
        return c.module().label() + ": clause " + c.item().number() + " of " + c.item().standard();
    }

    /** A clause belongs to a standard edition some module defines (a typo in a reference would orphan it). */
    static List<String> clausesBelongToADefinedStandard(Contributions c) {
        return c.clauses().stream().filter(x -> !c.defines(x.item().standard()))
                .map(x -> where(x) + " belongs to a standard no module defines").toList();
    }

    /**
     * A clause number is used once within one standard edition, whichever module contributes it: findings,
     * crosswalks and duties name clauses by number.
     */
    static List<String> duplicateClauseNumbers(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            From<Clause> first = c.clausesOf(x.item().standard()).get(x.item().number());
            if (first != null && first != x) {
                problems.add(where(x) + " is already defined by " + first.module().label());
            }
        }
        return problems;
    }

    /**
     * A clause serves at least one of the five freedoms, unless its standard covers more than animals
     * ({@link Standard#freedomsRequired()}): the freedoms are how ISO 22786 explains why a clause matters.
     */
    static List<String> clausesServeAFreedom(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            From<Standard> standard = c.standardsByRef().get(x.item().standard());
            if (standard != null && standard.item().freedomsRequired() && x.item().freedoms().isEmpty()) {
                problems.add(where(x) + " serves none of the five freedoms");
            }
        }
        return problems;
    }

    /** A clause applies to the housing or the nomadic system or both: one that applies to none is never assessed. */
    static List<String> clausesApplyToAProductionSystem(Contributions c) {
        return c.clauses().stream().filter(x -> x.item().appliesTo().isEmpty())
                .map(x -> where(x) + " applies to no production system").toList();
    }

    /** The rules of one clause have different ids: findings and crosswalk targets ({@code 5.3.2#summer}) name them. */
    static List<String> ruleIdsAreUniqueInTheirClause(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            Set<String> ids = new HashSet<>();
            Set<String> reported = new HashSet<>();
            for (Rule r : x.item().rules()) {
                if (!ids.add(r.id()) && reported.add(r.id())) {
                    problems.add(where(x) + ": rule '" + r.id() + "' appears twice");
                }
            }
        }
        return problems;
    }

    /**
     * A rule is no stronger than its clause: an advice ("should") clause cannot hold a requirement, or a mere
     * observation would become a nonconformity.
     */
    static List<String> rulesAreNoStrongerThanTheirClause(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            for (Rule r : x.item().rules()) {
                if (!x.item().strength().atLeast(r.strength())) {
                    problems.add(where(x) + ": rule '" + r.id() + "' is " + r.strength() + " inside a "
                            + x.item().strength() + " clause");
                }
            }
        }
        return problems;
    }

    /**
     * A clause or rule read from a kind of wording has the strength docs/reading-the-standard.md gives that wording
     * (an imperative is a requirement, an optimum without "shall" is advice): a module cannot read one imperative as
     * advice while another reads the same wording as a requirement.
     */
    static List<String> strengthsFollowTheirReading(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            Clause clause = x.item();
            if (clause.wording() != null && !clause.wording().allows(clause.strength())) {
                problems.add(where(x) + " is read as " + clause.wording() + " (" + clause.wording().cited()
                        + ") but is " + clause.strength());
            }
            for (Rule r : clause.rules()) {
                if (r.wording() != null && !r.wording().allows(r.strength())) {
                    problems.add(where(x) + ": rule '" + r.id() + "' is read as " + r.wording() + " ("
                            + r.wording().cited() + ") but is " + r.strength());
                }
            }
        }
        return problems;
    }

    /** A known conflict of the draft names another clause of the same standard, which some module defines. */
    static List<String> knownConflictsNameAClauseOfTheSameStandard(Contributions c) {
        Set<String> defined = new HashSet<>();
        for (From<Clause> x : c.clauses()) {
            defined.add(x.item().standard() + " " + x.item().number());
        }
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            for (var k : x.item().conflicts()) {
                if (k.other().equals(x.item().number()) || !defined.contains(x.item().standard() + " " + k.other())) {
                    problems.add(where(x) + " names a conflict with clause " + k.other()
                            + ", which is not another clause of " + x.item().standard());
                }
            }
        }
        return problems;
    }

    /**
     * Every evidence code a rule reads is defined by some module: otherwise no submission could ever carry it, and
     * the rule would stay "not assessed" for ever.
     */
    static List<String> evaluatorsReadKnownEvidence(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            for (Rule r : x.item().rules()) {
                for (String code : r.reads()) {
                    if (!c.codesByName().containsKey(code)) {
                        problems.add(where(x) + ": rule '" + r.id() + "' reads evidence code " + code
                                + " that no module defines");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A rule reads evidence observed on the kind of subject it judges, or on the site (which every subject of the
     * site shares): a shelter rule reading a code observed on vehicles would never find an observation.
     */
    static List<String> rulesReadEvidenceOfWhatTheyJudge(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Clause> x : c.clauses()) {
            for (Rule r : x.item().rules()) {
                for (String code : r.reads()) {
                    From<EvidenceCode> defined = c.codesByName().get(code);
                    if (defined != null && !defined.item().takes(r.subjectKind())
                            && !defined.item().takes(SubjectKind.SITE)) {
                        problems.add(where(x) + ": rule '" + r.id() + "' judges a " + r.subjectKind() + " but reads "
                                + code + ", which is observed on " + defined.item().subjectKinds());
                    }
                }
            }
        }
        return problems;
    }

    // ---- headings ------------------------------------------------------------------------------------------

    /** A section heading belongs to a standard edition some module defines. */
    static List<String> headingsBelongToADefinedStandard(Contributions c) {
        return c.headings().stream().filter(h -> !c.defines(h.item().standard()))
                .map(h -> h.module().label() + ": heading " + h.item().number() + " belongs to "
                        + h.item().standard() + ", a standard no module defines").toList();
    }

    /** A heading number is used once within one standard edition: reports title their sections by it. */
    static List<String> headingsAreDefinedOnce(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Heading> h : c.headings()) {
            From<Heading> first = c.headingsOf(h.item().standard()).get(h.item().number());
            if (first != null && first != h) {
                problems.add(h.module().label() + ": heading " + h.item().number() + " of " + h.item().standard()
                        + " is defined twice");
            }
        }
        return problems;
    }

    // ---- duties --------------------------------------------------------------------------------------------

    /** A duty id is used once within one standard edition: records of work name the duty they fulfil by id. */
    static List<String> dutiesAreDefinedOnce(Contributions c) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (From<Duty> d : c.duties()) {
            if (!seen.add(d.item().standard() + "#" + d.item().id())) {
                problems.add(d.module().label() + ": duty " + d.item().id() + " is defined twice for "
                        + d.item().standard());
            }
        }
        return problems;
    }

    /** Every clause a duty cites is a clause of the duty's standard edition: the reminder quotes it. */
    static List<String> dutiesCiteClausesOfTheirStandard(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Duty> d : c.duties()) {
            Map<ClauseNumber, From<Clause>> known = c.clausesOf(d.item().standard());
            for (ClauseNumber n : d.item().clauses()) {
                if (!known.containsKey(n)) {
                    problems.add(d.module().label() + ": duty " + d.item().id() + " cites clause " + n + ", which "
                            + d.item().standard() + " does not have");
                }
            }
        }
        return problems;
    }

    // ---- record kinds --------------------------------------------------------------------------------------

    private static String where(From<RecordKind> k, String what) {
        return k.module().label() + ": record kind " + k.item().code() + what;
    }

    /** A module declares each kind of record once: a second declaration of its own is a slip of the pen. */
    static List<String> recordKindsAreDeclaredOncePerModule(Contributions c) {
        List<String> problems = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (From<RecordKind> k : c.recordKinds()) {
            if (!seen.add(List.of(k.module(), k.item().code()))) {
                problems.add(where(k, " is declared twice by the module"));
            }
        }
        return problems;
    }

    /**
     * A kind of record declared by several modules (a harvest, which both production systems' modules fulfil) is
     * one kind: they agree on its standard, title, fields, participants and retention, and differ only in the
     * duties, subjects and clauses each adds. Records name their kind by code, so two meanings of one code would
     * be kept under the wrong rules.
     */
    static List<String> recordKindsAgreeWhereDeclaredTwice(Contributions c) {
        List<String> problems = new ArrayList<>();
        Map<String, From<RecordKind>> first = new HashMap<>();
        for (From<RecordKind> k : c.recordKinds()) {
            From<RecordKind> earlier = first.putIfAbsent(k.item().code(), k);
            if (earlier != null && !earlier.module().equals(k.module()) && !earlier.item().agreesWith(k.item())) {
                problems.add(where(k, " disagrees with its declaration by " + earlier.module().label()
                        + " (standard, title, fields, participants, retention or naming its duty)"));
            }
        }
        return problems;
    }

    /** A kind of record belongs to a standard edition some module defines (its clauses are that edition's). */
    static List<String> recordKindsBelongToADefinedStandard(Contributions c) {
        return c.recordKinds().stream().filter(k -> !c.defines(k.item().standard()))
                .map(k -> where(k, " belongs to " + k.item().standard() + ", a standard no module defines")).toList();
    }

    /** Every duty a kind of record says it fulfils is a duty of the kind's standard edition, declared by some module. */
    static List<String> recordKindsFulfilDutiesThatExist(Contributions c) {
        Set<String> duties = new HashSet<>();
        c.duties().forEach(d -> duties.add(d.item().standard() + "#" + d.item().id()));
        List<String> problems = new ArrayList<>();
        for (From<RecordKind> k : c.recordKinds()) {
            for (String duty : k.item().duties()) {
                if (!duties.contains(k.item().standard() + "#" + duty)) {
                    problems.add(where(k, " fulfils duty '" + duty + "', which " + k.item().standard()
                            + " does not have"));
                }
            }
        }
        return problems;
    }

    /**
     * A kind's fields have different names (a record's results are keyed by them); a number has its range, a
     * choice its choices (at least one, each once), and neither holds the other's.
     */
    static List<String> recordFieldsAreWellFormed(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<RecordKind> k : c.recordKinds()) {
            Set<String> names = new HashSet<>();
            for (RecordField f : k.item().fields()) {
                String field = ": field " + f.name();
                if (!names.add(f.name())) {
                    problems.add(where(k, field + " is declared twice"));
                }
                if ((f.type() == RecordField.Type.NUMBER) != (f.range() != null)) {
                    problems.add(where(k, field + (f.range() == null ? " is a number without a range"
                            : " has a range but is not a number")));
                }
                if ((f.type() == RecordField.Type.CHOICE) != !f.choices().isEmpty()) {
                    problems.add(where(k, field + (f.choices().isEmpty() ? " is a choice without choices"
                            : " has choices but is not a choice")));
                }
                if (new HashSet<>(f.choices()).size() != f.choices().size()) {
                    problems.add(where(k, field + " lists a choice twice"));
                }
            }
        }
        return problems;
    }

    /** A kind that names its participants lists their roles, each once, and expects only roles it lists. */
    static List<String> participantRolesAreWellFormed(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<RecordKind> k : c.recordKinds()) {
            Participants p = k.item().participants();
            if (p == null) {
                continue;
            }
            if (p.roles().isEmpty()) {
                problems.add(where(k, " names participants but no role they may have"));
            }
            if (new HashSet<>(p.roles()).size() != p.roles().size()) {
                problems.add(where(k, " lists a participant role twice"));
            }
            p.expected().stream().filter(r -> !p.roles().contains(r)).forEach(r ->
                    problems.add(where(k, " expects role '" + r + "', which is not one of its roles " + p.roles())));
        }
        return problems;
    }

    /**
     * The event a duty waits for ({@link Recurrence.AfterEvent}) is a kind of record: otherwise nobody could record
     * it, and the duty would never fall due.
     */
    static List<String> dutyEventsAreRecordKinds(Contributions c) {
        Set<String> kinds = new HashSet<>();
        c.recordKinds().forEach(k -> kinds.add(k.item().code()));
        List<String> problems = new ArrayList<>();
        for (From<Duty> d : c.duties()) {
            if (d.item().recurrence() instanceof Recurrence.AfterEvent e && !kinds.contains(e.event())) {
                problems.add(d.module().label() + ": duty " + d.item().id() + " waits for event '" + e.event()
                        + "', which no module declares as a kind of record");
            }
        }
        return problems;
    }

    // ---- crosswalks ----------------------------------------------------------------------------------------

    private static String where(Crosswalk x, ModuleInfo module) {
        return module.label() + ": crosswalk from " + x.from() + " to " + x.to() + ": ";
    }

    /** Whether a crosswalk maps between two different, defined standards (what the other crosswalk checks need). */
    private static boolean joins(Contributions c, Crosswalk x) {
        return !x.from().equals(x.to()) && c.defines(x.from()) && c.defines(x.to());
    }

    /** A crosswalk maps a standard edition some module defines onto another that some module defines. */
    static List<String> crosswalksJoinTwoDefinedStandards(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Crosswalk> f : c.crosswalks()) {
            Crosswalk x = f.item();
            if (x.from().equals(x.to())) {
                problems.add(where(x, f.module()) + "a crosswalk maps one standard to another, not to itself");
                continue;
            }
            for (StandardRef ref : List.of(x.from(), x.to())) {
                if (!c.defines(ref)) {
                    problems.add(where(x, f.module()) + ref + " is a standard no module defines");
                }
            }
        }
        return problems;
    }

    /** Each requirement a crosswalk maps is a clause of the standard it maps from. */
    static List<String> crosswalkRequirementsAreClauses(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Crosswalk> f : c.crosswalks()) {
            Crosswalk x = f.item();
            if (!joins(c, x)) {
                continue;
            }
            for (Correspondence line : x.correspondences()) {
                if (!c.clausesOf(x.from()).containsKey(line.requirement())) {
                    problems.add(where(x, f.module()) + "requirement " + line.requirement() + " is not a clause of "
                            + x.from());
                }
            }
        }
        return problems;
    }

    /**
     * Each target of a crosswalk exists in the standard it maps to: a clause, a rule of a clause
     * ({@code 5.3.2#summer}), or a heading with at least one clause below it (a heading holds no rules).
     */
    static List<String> crosswalkTargetsExist(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Crosswalk> f : c.crosswalks()) {
            Crosswalk x = f.item();
            if (!joins(c, x)) {
                continue;
            }
            Map<ClauseNumber, From<Clause>> toClauses = c.clausesOf(x.to());
            Map<ClauseNumber, From<Heading>> toHeadings = c.headingsOf(x.to());
            for (Correspondence line : x.correspondences()) {
                for (Target t : line.targets()) {
                    From<Clause> clause = toClauses.get(t.clause());
                    String said = where(x, f.module()) + "requirement " + line.requirement() + " maps to " + t;
                    if (clause == null && !toHeadings.containsKey(t.clause())) {
                        problems.add(said + ", but " + x.to() + " has no clause or heading " + t.clause());
                    } else if (clause == null && t.rule() != null) {
                        problems.add(said + ", but " + t.clause() + " is a heading of " + x.to()
                                + "; name one of its clauses to name a rule");
                    } else if (clause == null && toClauses.keySet().stream().noneMatch(t::covers)) {
                        problems.add(said + ", but " + x.to() + " has no clause under the heading " + t.clause());
                    } else if (clause != null && t.rule() != null
                            && clause.item().rules().stream().noneMatch(r -> r.id().equals(t.rule()))) {
                        problems.add(said + ", but clause " + t.clause() + " of " + x.to() + " has no rule '"
                                + t.rule() + "' (its rules: " + clause.item().rules().stream().map(Rule::id)
                                .collect(Collectors.joining(", ")) + ")");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A requirement is mapped onto another standard once, by one line of one crosswalk: the lines several modules
     * declare for one pair of standards are merged, and two lines for one requirement would contradict each other.
     */
    static List<String> crosswalkRequirementsAreMappedOnce(Contributions c) {
        List<String> problems = new ArrayList<>();
        Map<String, ModuleInfo> mapped = new HashMap<>();
        for (From<Crosswalk> f : c.crosswalks()) {
            Crosswalk x = f.item();
            if (!joins(c, x)) {
                continue;
            }
            for (Correspondence line : x.correspondences()) {
                ModuleInfo previous = mapped.putIfAbsent(x.from() + "|" + x.to() + "|" + line.requirement(),
                        f.module());
                if (previous != null) {
                    problems.add(where(x, f.module()) + "requirement " + line.requirement() + " is mapped to "
                            + x.to() + " twice" + (previous.equals(f.module()) ? "" : " (also by " + previous.label()
                            + ")"));
                }
            }
        }
        return problems;
    }

    // ---- certification -------------------------------------------------------------------------------------

    private static String certifying(From<Certification> f) {
        return f.module().label() + ": certification of " + f.item().standard();
    }

    private static boolean fromTheDefiningModule(Contributions c, From<Certification> f) {
        From<Standard> defined = c.standardsByRef().get(f.item().standard());
        return defined != null && defined.module().equals(f.module());
    }

    /**
     * The certifications the renewal checks judge: the first of each standard edition, declared by the module that
     * defines it (the others are refused by {@link #onlyTheDefiningModuleCertifies} and
     * {@link #certificationsAreDeclaredOnce}).
     */
    private static List<From<Certification>> accepted(Contributions c) {
        Set<StandardRef> seen = new HashSet<>();
        return c.certifications().stream().filter(f -> fromTheDefiningModule(c, f))
                .filter(f -> seen.add(f.item().standard())).toList();
    }

    /** Only the module that defines a standard edition may say that it certifies, and for how long. */
    static List<String> onlyTheDefiningModuleCertifies(Contributions c) {
        return c.certifications().stream().filter(f -> !fromTheDefiningModule(c, f))
                .map(f -> certifying(f) + ": the module does not define " + f.item().standard()
                        + " (only the module that defines a standard may say that it certifies)").toList();
    }

    /** A standard edition's certification is declared once: two could disagree on how long a certificate lasts. */
    static List<String> certificationsAreDeclaredOnce(Contributions c) {
        List<String> problems = new ArrayList<>();
        Set<StandardRef> seen = new HashSet<>();
        for (From<Certification> f : c.certifications()) {
            if (fromTheDefiningModule(c, f) && !seen.add(f.item().standard())) {
                problems.add(certifying(f) + " is declared twice");
            }
        }
        return problems;
    }

    private static Duty renewal(Contributions c, Certification cert) {
        return c.duties().stream().map(From::item)
                .filter(d -> d.standard().equals(cert.standard()) && d.id().equals(cert.renewalDuty()))
                .findFirst().orElse(null);
    }

    /** A certifying standard names its renewal duty, and that is a duty of the same standard edition. */
    static List<String> renewalDutiesExist(Contributions c) {
        return accepted(c).stream().filter(f -> renewal(c, f.item()) == null)
                .map(f -> certifying(f) + " names renewal duty '" + f.item().renewalDuty() + "', which "
                        + f.item().standard() + " does not have").toList();
    }

    /**
     * The renewal duty recurs exactly as long as a certificate lasts ({@code Every(validity)}): otherwise the
     * reminder to renew would come before or after the certificate expires.
     */
    static List<String> renewalDutiesRecurAsCertificatesLast(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Certification> f : accepted(c)) {
            Certification cert = f.item();
            Duty renewal = renewal(c, cert);
            if (renewal != null && !(renewal.recurrence() instanceof Recurrence.Every every
                    && every.period().normalized().equals(cert.validity().normalized()))) {
                problems.add(certifying(f) + ": renewal duty '" + cert.renewalDuty() + "' recurs "
                        + renewal.recurrence().words() + ", not every " + cert.validityWords()
                        + " as certificates last");
            }
        }
        return problems;
    }

    /** The renewal duty is owed by the site, since the certificate is issued to the site. */
    static List<String> renewalDutiesAreOwedByTheSite(Contributions c) {
        List<String> problems = new ArrayList<>();
        for (From<Certification> f : accepted(c)) {
            Duty renewal = renewal(c, f.item());
            if (renewal != null && !renewal.subjectKind().equals(SubjectKind.SITE)) {
                problems.add(certifying(f) + ": renewal duty '" + f.item().renewalDuty() + "' is owed by a "
                        + renewal.subjectKind() + ", not by the site the certificate is issued to");
            }
        }
        return problems;
    }
}
