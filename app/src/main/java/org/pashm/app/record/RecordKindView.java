package org.pashm.app.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.record.Participants;
import org.pashm.core.record.RecordField;
import org.pashm.core.record.RecordKind;
import org.pashm.core.record.Retention;
import org.pashm.core.standard.ClauseNumber;

/**
 * A kind of record as {@code GET /record-kinds} shows it, so that a client builds its forms from it.
 *
 * @param subjectKinds what a record of it may be about; empty: any subject
 * @param duties       the duties it fulfils; empty, with {@code namesItsDuty}, when it fulfils the one it names
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordKindView(String code, String title, String standard, String edition, List<String> clauses,
                             List<String> subjectKinds, List<String> duties, boolean namesItsDuty, List<Field> fields,
                             ParticipantsView participants, RetentionView retention) {

    /** A value a record of the kind carries in its {@code results}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String name, String type, BigDecimal min, BigDecimal max, String unit, List<String> choices,
                        boolean required, String description) {
    }

    /** Who takes part: a role of {@code roles} each; {@code clause} expects every role of {@code expected}. */
    public record ParticipantsView(List<String> roles, List<String> expected, String clause) {
    }

    /** How long it is kept; {@code period} (ISO 8601) is absent when it is kept permanently. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RetentionView(String kind, String period, boolean permanent, String words, String clause) {
    }

    static RecordKindView of(RecordKind k) {
        Participants p = k.participants();
        Retention r = k.retention();
        return new RecordKindView(k.code(), k.title(), k.standard().id(), k.standard().edition(),
                k.clauses().stream().map(ClauseNumber::toString).toList(),
                k.subjectKinds().stream().map(SubjectKind::name).sorted().toList(), k.duties(), k.namesItsDuty(),
                k.fields().stream().map(RecordKindView::field).toList(),
                p == null ? null : new ParticipantsView(p.roles(), p.expected(), p.clause().toString()),
                new RetentionView(r.code(), r.period() == null ? null : r.period().toString(), r.isPermanent(),
                        r.words(), r.clause().toString()));
    }

    private static Field field(RecordField f) {
        return new Field(f.name(), f.type().code(), f.range() == null ? null : f.range().min(),
                f.range() == null ? null : f.range().max(), f.unit(), f.choices().isEmpty() ? null : f.choices(),
                f.required(), f.description());
    }
}
