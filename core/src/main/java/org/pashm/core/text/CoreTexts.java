package org.pashm.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pashm.core.crosswalk.Projection;
import org.pashm.core.crosswalk.Relation;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Season;
import org.pashm.core.evaluation.Sentences;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;

/** What core itself says, by key: the texts of core's own bundle ({@code META-INF/pashm/messages/org.pashm.core}). */
final class CoreTexts {

    private CoreTexts() {
    }

    /** Yes and no, as a fact's attested value is said. */
    static final Sentence YES = Sentence.text("word/yes", "yes");
    static final Sentence NO = Sentence.text("word/no", "no");

    static final Map<String, String> ALL = build();

    private static Map<String, String> build() {
        SortedMap<String, String> texts = new TreeMap<>();
        List<Sentence> sentences = new ArrayList<>(Sentences.ALL);
        sentences.addAll(Projection.SENTENCES);
        sentences.addAll(Relation.sentences());
        sentences.addAll(org.pashm.core.iso22786.Iso22786Harvest.SENTENCES);
        sentences.add(YES);
        sentences.add(NO);
        for (Sentence s : sentences) {
            texts.put(s.key(), s.english());
        }
        for (Freedom f : Freedom.values()) {
            texts.put(Keys.freedomTitle(f), f.title());
            texts.put(Keys.freedomArea(f), f.areaOfIntervention());
        }
        for (Outcome o : Outcome.values()) {
            put(texts, o.term());
        }
        for (Season s : Season.values()) {
            put(texts, s.term());
        }
        for (ProductionSystem p : ProductionSystem.values()) {
            put(texts, p.term());
        }
        for (SubjectKind k : List.of(SubjectKind.SITE, SubjectKind.SHELTER, SubjectKind.KIDDING_PEN,
                SubjectKind.KIDS_SHED, SubjectKind.GOAT_GROUP, SubjectKind.GOAT, SubjectKind.HARVEST_SESSION,
                SubjectKind.RANGELAND, SubjectKind.VEHICLE, SubjectKind.DRIVER, SubjectKind.JOURNEY,
                SubjectKind.TRANSITION, SubjectKind.BAG, SubjectKind.ORGANISATION)) {
            put(texts, Terms.kind(k));
        }
        return java.util.Collections.unmodifiableSortedMap(texts);
    }

    private static void put(SortedMap<String, String> texts, Message m) {
        texts.put(m.key(), m.sentence().english());
    }
}
