package org.pashm.core.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.StandardRef;

/**
 * A kind of record a site keeps: work done, which fulfils the module's duties ({@code hoof-repair} fulfils the
 * hoof-repair duties of 5.18.3), or an event that starts a duty ({@code birth} starts 5.18.2's castration; its code
 * is the event's name in {@link org.pashm.core.duty.Recurrence.AfterEvent}). Declared by a module beside the
 * duties and clauses it serves, with the values a record of it carries and how long it is kept.
 *
 * <p>Both production systems share some kinds of work (a harvest, a castration), and their modules do not know each
 * other: each module declares the kind with the duties and subjects of its own, and the registry merges the
 * declarations of one code ({@link #merge}), provided they agree on the rest.
 *
 * @param code         stable id, what a record's {@code type} names, e.g. {@code soil-test}
 * @param standard     the standard edition whose clauses it cites
 * @param title        in words, for forms and listings
 * @param clauses      the clauses that ask for it
 * @param subjectKinds what a record of it may be about; empty means any subject
 * @param duties       the ids of the duties it fulfils (a record fulfils the one of them its subject owes)
 * @param namesItsDuty whether a record of it fulfils whichever duty it names (a module's own duty that no kind
 *                     names); then {@code duties} is empty
 * @param fields       the values a record of it carries, in its {@code results}
 * @param participants who takes part, when the kind names them; null when it does not
 * @param retention    how long it is kept
 */
public record RecordKind(String code, StandardRef standard, String title, List<ClauseNumber> clauses,
                         Set<SubjectKind> subjectKinds, List<String> duties, boolean namesItsDuty,
                         List<RecordField> fields, Participants participants, Retention retention) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RecordKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(retention, "retention");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("record kind '" + code + "' must be lower-case words joined by '-'");
        }
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("record kind " + code + " cites no clause");
        }
        subjectKinds = Set.copyOf(new LinkedHashSet<>(subjectKinds));
        duties = List.copyOf(duties);
        fields = List.copyOf(fields);
        if (namesItsDuty && !duties.isEmpty()) {
            throw new IllegalArgumentException("record kind " + code + " names its duty, so it lists none");
        }
    }

    /** Starts a kind of record of a standard edition. */
    public static Builder of(StandardRef standard, String code, String title) {
        return new Builder(standard, code, title);
    }

    /** Whether a record of it may be about a subject of this kind. */
    public boolean takes(SubjectKind kind) {
        return subjectKinds.isEmpty() || subjectKinds.contains(kind);
    }

    public Optional<RecordField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<Participants> participation() {
        return Optional.ofNullable(participants);
    }

    /**
     * Whether {@code other} declares the same kind but for its duties, subjects and clauses: the same code, standard,
     * title, fields, participants, retention and way of naming its duty.
     */
    public boolean agreesWith(RecordKind other) {
        return code.equals(other.code) && standard.equals(other.standard) && title.equals(other.title)
                && fields.equals(other.fields) && Objects.equals(participants, other.participants)
                && retention.equals(other.retention) && namesItsDuty == other.namesItsDuty;
    }

    /**
     * This kind with the duties, subjects and clauses of {@code other}, which {@link #agreesWith} it. A kind that
     * takes any subject stays so.
     */
    public RecordKind merge(RecordKind other) {
        if (!agreesWith(other)) {
            throw new IllegalArgumentException("record kind " + code + ": the declarations disagree");
        }
        List<ClauseNumber> cited = new ArrayList<>(clauses);
        other.clauses.stream().filter(c -> !cited.contains(c)).forEach(cited::add);
        Set<SubjectKind> kinds = new LinkedHashSet<>(subjectKinds);
        kinds.addAll(other.subjectKinds);
        List<String> fulfilled = new ArrayList<>(duties);
        other.duties.stream().filter(d -> !fulfilled.contains(d)).forEach(fulfilled::add);
        return new RecordKind(code, standard, title, cited,
                subjectKinds.isEmpty() || other.subjectKinds.isEmpty() ? Set.of() : kinds, fulfilled, namesItsDuty,
                fields, participants, retention);
    }

    /** Builds a {@link RecordKind}; it takes any subject and fulfils no duty until told. */
    public static final class Builder {
        private final StandardRef standard;
        private final String code;
        private final String title;
        private final List<ClauseNumber> clauses = new ArrayList<>();
        private final Set<SubjectKind> subjectKinds = new LinkedHashSet<>();
        private final List<String> duties = new ArrayList<>();
        private boolean namesItsDuty;
        private final List<RecordField> fields = new ArrayList<>();
        private Participants participants;
        private Retention retention;

        private Builder(StandardRef standard, String code, String title) {
            this.standard = standard;
            this.code = code;
            this.title = title;
        }

        public Builder clauses(String... numbers) {
            for (String n : numbers) {
                clauses.add(ClauseNumber.of(n));
            }
            return this;
        }

        public Builder about(SubjectKind... kinds) {
            subjectKinds.addAll(List.of(kinds));
            return this;
        }

        public Builder fulfils(String... dutyIds) {
            duties.addAll(List.of(dutyIds));
            return this;
        }

        /** A record of it fulfils whichever duty it names. */
        public Builder namesItsDuty() {
            namesItsDuty = true;
            return this;
        }

        public Builder field(RecordField field) {
            fields.add(field);
            return this;
        }

        public Builder participants(Participants who) {
            participants = who;
            return this;
        }

        public Builder keptAs(Retention how) {
            retention = how;
            return this;
        }

        public RecordKind build() {
            return new RecordKind(code, standard, title, clauses, subjectKinds, duties, namesItsDuty, fields,
                    participants, retention);
        }
    }
}
