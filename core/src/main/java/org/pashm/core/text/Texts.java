package org.pashm.core.text;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pashm.core.duty.Duty;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.record.RecordField;
import org.pashm.core.record.RecordKind;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.KnownConflict;
import org.pashm.core.standard.Standard;

/**
 * Every English text a module contributes, by key: what its bundle {@code en.properties} holds and every other
 * language's bundle translates. Written from the module's contributions (the code stays the one place where the
 * English is authored), less what core's own bundle already says.
 */
public final class Texts {

    private Texts() {
    }

    /** The texts of {@code module}, without those of {@link #core()}. */
    public static SortedMap<String, String> of(StandardModule module) {
        SortedMap<String, String> texts = new TreeMap<>();
        for (Standard s : module.standards()) {
            texts.put(Keys.standardTitle(s.ref()), s.title());
            put(texts, s.decisionRule().description().sentence());
            s.decisionRule().sentences().forEach(t -> put(texts, t));
        }
        for (Heading h : module.headings()) {
            texts.put(Keys.title(h.standard(), h.number()), h.title());
        }
        for (Clause c : module.clauses()) {
            texts.put(Keys.title(c.standard(), c.number()), c.title());
            texts.put(Keys.summary(c.standard(), c.number()), c.summary());
            for (Rule r : c.rules()) {
                texts.put(Keys.statement(c.standard(), c.number(), r.id()), r.statement());
                for (Sentence s : r.sentences()) {
                    texts.put(s.key(), s.english());
                }
            }
            for (KnownConflict k : c.conflicts()) {
                texts.put(Keys.conflict(c.standard(), c.number(), k.other()), k.differs());
            }
        }
        for (EvidenceCode e : module.vocabulary()) {
            texts.put(Keys.evidenceLabel(e.code()), e.label());
            texts.put(Keys.evidenceDescription(e.code()), e.description());
            for (String choice : e.choices()) {
                texts.put(Keys.evidenceChoice(e.code(), choice), choice);
            }
            for (SubjectKind k : e.subjectKinds()) {
                texts.put(Keys.subjectKind(k), k.words());
            }
        }
        for (Duty d : module.duties()) {
            texts.put(Keys.dutyTitle(d.standard(), d.id()), d.title());
            texts.put(Keys.dutyDescription(d.standard(), d.id()), d.description());
        }
        for (RecordKind k : module.recordKinds()) {
            texts.put(Keys.recordKind(k.standard(), k.code()), k.title());
            for (RecordField f : k.fields()) {
                texts.put(Keys.recordField(k.standard(), k.code(), f.name()), f.description());
            }
        }
        core().keySet().forEach(texts::remove);
        return texts;
    }

    private static void put(SortedMap<String, String> texts, Sentence s) {
        texts.put(s.key(), s.english());
    }

    /** What core itself says: the Five Freedoms, the outcomes, the kinds of subject and the sentences of its rules. */
    public static SortedMap<String, String> core() {
        SortedMap<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, String> e : CoreTexts.ALL.entrySet()) {
            texts.put(e.getKey(), e.getValue());
        }
        return texts;
    }
}
