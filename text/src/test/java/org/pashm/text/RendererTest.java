package org.pashm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Sentences;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Subject;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.registry.Registry;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Phrase;
import org.pashm.core.text.Terms;

/**
 * Core's sentences as people read them, in English and in Simplified Chinese, from core's committed bundles and
 * ICU4J: the expected words are written here by hand.
 */
class RendererTest {

    static final Languages LANGUAGES = Languages.load(Registry.load().providers());
    static final Renderer EN = LANGUAGES.english();
    static final Renderer ZH = LANGUAGES.exactly("zh-Hans");

    static final EvidenceCode AMMONIA = EvidenceCode.quantity("t.shelter.ammonia", "ammonia concentration", "mg/m3",
            "0", "1000", "Ammonia.", SubjectKind.SHELTER);
    static final EvidenceCode DRY = EvidenceCode.attestation("t.shelter.dry", "The bedding is dry", "Dry.",
            SubjectKind.SHELTER);

    @Test
    void aLimitNotMetReadsWithTheSubjectFirstAndTheUnitAsPeopleWriteIt() {
        Finding f = new Finding(ClauseNumber.of("5.3.3"), "ammonia", Subject.of(SubjectKind.SHELTER, "shed-B"),
                Strength.REQUIREMENT, Outcome.NONCONFORMITY, List.of(Fact.of(AMMONIA, Value.Quantity.of("24", "mg/m3"))),
                Sentences.LIMIT_NOT_MET.with(Terms.label(AMMONIA), Value.Quantity.of("24", "mg/m3"), "atMost",
                        Value.Quantity.of("20", "mg/m3")));
        assertThat(EN.explain(f)).isEqualTo("Shelter shed-B: ammonia concentration is 24 mg/m³, above the limit of "
                + "20 mg/m³.");
        // The label is the test's own code, which no bundle translates: it stays English, and the renderer says so.
        assertThat(ZH.explain(f)).isEqualTo("羊舍 shed-B：ammonia concentration为24 mg/m³，超过限值20 mg/m³。");
    }

    @Test
    void numbersKeepTheirDecimalPlacesAndUseTheLanguagesSeparators() {
        assertThat(EN.number(new BigDecimal("0.60"))).isEqualTo("0.60");
        assertThat(EN.number(new BigDecimal("1500"))).isEqualTo("1,500");
        assertThat(ZH.number(new BigDecimal("17.8"))).isEqualTo("17.8");
    }

    @Test
    void pluralsDatesPeriodsAndListsFollowTheLanguage() {
        assertThat(EN.say(Sentences.SHARE_NOT_MET.with(Value.Quantity.of("145", "m2"), 1L, Value.Quantity.of("145", "m2"),
                Value.Quantity.of("150", "m2")))).startsWith("145 m² for 1 goat (145 m² per goat on average)");
        assertThat(EN.say(Sentences.SHARE_NOT_MET.with(Value.Quantity.of("145", "m2"), 100L,
                Value.Quantity.of("1.45", "m2"), Value.Quantity.of("150", "m2"))))
                .isEqualTo("145 m² for 100 goats (1.45 m² per goat on average) is less than the 150 m² their "
                        + "categories need.");
        assertThat(ZH.say(Sentences.SHARE_NOT_MET.with(Value.Quantity.of("145", "m2"), 100L,
                Value.Quantity.of("1.45", "m2"), Value.Quantity.of("150", "m2"))))
                .isEqualTo("145平方米供100只羊使用（平均每只1.45平方米），少于各类别所需的150平方米。");
        EvidenceCode inspected = EvidenceCode.date("t.site.inspected", "last inspection", "Date.", SubjectKind.SITE);
        assertThat(EN.say(Sentences.DATE_TOO_OLD.with(Terms.label(inspected), LocalDate.of(2025, 3, 1),
                Period.ofMonths(6), LocalDate.of(2026, 11, 22)))).isEqualTo("last inspection was on March 1, 2025, "
                + "more than 6 months before the assessment on November 22, 2026.");
        assertThat(ZH.say(Sentences.DATE_TOO_OLD.with(Terms.label(inspected), LocalDate.of(2025, 3, 1),
                Period.ofMonths(6), LocalDate.of(2026, 11, 22))))
                .isEqualTo("last inspection为2025年3月1日，早于2026年11月22日评估日超过6个月。");
        assertThat(EN.say(Sentences.WINDOW_OUTSIDE.with(Terms.label(inspected), LocalDate.of(2026, 5, 1),
                MonthDay.of(3, 1), MonthDay.of(4, 30)))).isEqualTo("last inspection was May 1, 2026, outside March 1 "
                + "to April 30.");
        assertThat(EN.say(Sentences.LIST_LACKING.with(Terms.text("t/lacks", "the bag is not marked with"),
                List.of(Terms.text("t/a", "origin"), Terms.text("t/b", "weight"), Terms.text("t/c", "date")))))
                .isEqualTo("the bag is not marked with: origin, weight, and date.");
        assertThat(ZH.say(Iso22786.DECISION_RULE.decide(List.of()).explanation()))
                .isEqualTo("所有适用的要求均已评估，且均无不符合项。");
    }

    @Test
    void aLabelQuotedInASentenceBeginsWithASmallLetterInEnglish() {
        assertThat(EN.say(Sentences.ATTESTED_NO.with(new Phrase(Terms.label(DRY)))))
                .isEqualTo("attested as not so: the bedding is dry.");
    }

    @Test
    void aWishIsMatchedToTheNearestLanguageAndEnglishIsTheFallback() {
        assertThat(LANGUAGES.forWish("zh-CN,zh;q=0.9,en;q=0.5").languageTag()).isEqualTo("zh-Hans");
        assertThat(LANGUAGES.forWish("zh").languageTag()).isEqualTo("zh-Hans");
        assertThat(LANGUAGES.forWish("fr-FR").languageTag()).isEqualTo("en");
        assertThat(LANGUAGES.forWish("mn").languageTag()).isEqualTo("en");
        assertThat(LANGUAGES.forWish("not a tag;;").languageTag()).isEqualTo("en");
        assertThat(LANGUAGES.forWish(null).languageTag()).isEqualTo("en");
    }
}
