package org.pashm.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Sentences;
import org.pashm.core.internal.Iso22786General;

/**
 * Core's bundles: its English one is what core says (its sentences, the Five Freedoms, outcomes, kinds of subject,
 * and clause 4), and every other language gives exactly its keys.
 */
class CoreBundlesTest {

    @Test
    void theCommittedBundlesMatchWhatCoreSays() {
        SortedMap<String, String> texts = new TreeMap<>(Texts.core());
        texts.putAll(Texts.of(new Iso22786General()));
        assertThat(BundleFiles.check("org.pashm.core", texts)).isEmpty();
    }

    @Test
    void everyModuleTextLeavesOutWhatCoreSays() {
        assertThat(Texts.of(new Iso22786General())).doesNotContainKey(Sentences.LIMIT_MET.key())
                .containsKey("iso-22786/DIS-2025/4.1/title");
        assertThat(Texts.core()).containsEntry("freedom/hunger-thirst/title",
                "Freedom from hunger, thirst and malnutrition");
    }

    @Test
    void aSentenceDeclaresTheArgumentsItIsGiven() {
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Sentences.NOT_OBSERVED.with()).getMessage()).contains("takes [label], given 0");
    }
}
