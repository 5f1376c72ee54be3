package org.pashm.core.duty;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.StandardRef;

/**
 * A recurring duty the standard sets (hoof repairing every 2 months for housing bucks, soil tests at least every
 * 3 years): the clauses behind it, what it applies to and how its next due date follows from the records.
 *
 * @param id           stable id, e.g. {@code hoof-repair-housing-bucks}
 * @param subjectKind  what it is owed for (a goat group, the site, a vehicle)
 * @param subjectClass     narrows the subjects, e.g. goat groups of class {@code housing-bucks}; null means all
 * @param subjectClassCode the evidence code (a choice) whose value is the subject's class, e.g.
 *                         {@code housing.goat-group.class}; null when {@code subjectClass} is null
 */
public record Duty(
        String id,
        StandardRef standard,
        List<ClauseNumber> clauses,
        String title,
        String description,
        SubjectKind subjectKind,
        String subjectClass,
        String subjectClassCode,
        Set<ProductionSystem> systems,
        Recurrence recurrence) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Duty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(recurrence, "recurrence");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("duty id '" + id + "' must be lower-case words joined by '-'");
        }
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("duty " + id + " cites no clause");
        }
        systems = Set.copyOf(systems);
        if ((subjectClass == null) != (subjectClassCode == null)) {
            throw new IllegalArgumentException("duty " + id + ": a subject class needs the code that holds it, and only then");
        }
    }

    /** A duty owed by every subject of its kind. */
    public Duty(String id, StandardRef standard, List<ClauseNumber> clauses, String title, String description,
                SubjectKind subjectKind, Set<ProductionSystem> systems, Recurrence recurrence) {
        this(id, standard, clauses, title, description, subjectKind, null, null, systems, recurrence);
    }
}
