package org.pashm.goodcashmere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.goodcashmere.GoodCashmereStandard.OVERVIEW;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.duty.Due;
import org.pashm.core.duty.Duty;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.registry.CatalogueTable;
import org.pashm.core.registry.ModuleInfo;
import org.pashm.core.registry.Registry;
import org.pashm.core.spi.ProviderCheck;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.testkit.ExampleSet;

/** The Good Cashmere Standard as its overview states it: criteria, all-or-nothing rule, 12-month certificate. */
class GoodCashmereStandardTest {

    static final Registry REGISTRY = Registry.load();
    /** The English renderer, with the real bundles: what a reader sees. */
    static final org.pashm.text.Renderer EN = org.pashm.text.Languages.load(REGISTRY.providers()).english();
    static final ExampleSet EXAMPLE = ExampleSet.load(GoodCashmereStandard.class, "good-cashmere-farm");

    static Report evaluate(List<RawObservation> raw) {
        Vocabulary.Validation v = REGISTRY.vocabulary().validate(raw);
        assertThat(v.problems()).isEmpty();
        return REGISTRY.evaluate(OVERVIEW, ProductionSystem.NOMADIC, LocalDate.of(2026, 10, 20), v.observations());
    }

    static List<RawObservation> exampleBut(String code, Boolean value) {
        List<RawObservation> raw = new ArrayList<>(EXAMPLE.observations().stream()
                .filter(o -> !o.code().equals("gcs.site." + code)).toList());
        if (value != null) {
            raw.add(RawObservation.of("gcs.site." + code, null, null, value, null));
        }
        return raw;
    }

    @Test
    void registeredTheSameWayTwiceAndFoundOnTheModulePath() {
        assertThat(ProviderCheck.mismatches(GoodCashmereStandard.class)).isEmpty();
        assertThat(ProviderCheck.registrations(GoodCashmereStandard.class)).singleElement()
                .satisfies(r -> assertThat(r.moduleInfo()).containsExactly(GoodCashmereStandard.class.getName()));
        assertThat(REGISTRY.modules()).extracting(ModuleInfo::name).contains("org.pashm.goodcashmere");
    }

    @Test
    void onlyIfAllCriteriaAreMetIsTheFarmCertifiable() {
        Report all = evaluate(EXAMPLE.observations());
        assertThat(all.overall().code()).isEqualTo("certifiable");
        assertThat(all.overall().conformant()).isTrue();
        Report one = evaluate(exampleBut("fair-pay", false));
        assertThat(one.overall().code()).isEqualTo("not-certifiable");
        assertThat(EN.say(one.overall().explanation())).isEqualTo("Criteria not met: 3.2; no certificate can be issued.");
        assertThat(one.findings()).filteredOn(f -> f.outcome() == Outcome.NONCONFORMITY)
                .extracting(f -> f.clause() + " " + f.rule()).containsExactly("3.2 pay");
        Report missing = evaluate(exampleBut("medical-care", null));
        assertThat(missing.overall().code()).isEqualTo("incomplete");
        assertThat(missing.overall().conformant()).isFalse();
        assertThat(EN.say(missing.overall().explanation())).isEqualTo("No criterion was found not met, but 1.3 must "
                + "be assessed before a certificate can be issued.");
    }

    @Test
    void aCertificateLasts12MonthsAndItsRenewalIsADutyOfTheSiteEvery12Months() {
        Certification c = REGISTRY.certification(OVERVIEW).orElseThrow();
        assertThat(c.validity()).isEqualTo(Period.ofMonths(12));
        assertThat(c.expiresOn(LocalDate.of(2026, 10, 25))).isEqualTo(LocalDate.of(2027, 10, 25));
        Duty renewal = REGISTRY.duties().stream().filter(d -> d.standard().equals(OVERVIEW)
                && d.id().equals(c.renewalDuty())).findFirst().orElseThrow();
        assertThat(renewal.recurrence().words()).isEqualTo("every 12 months");
        // Issued on 25 October 2026: the renewal falls due on the day the certificate expires.
        Due due = renewal.recurrence().next(LocalDate.of(2026, 10, 25), null, LocalDate.of(2027, 9, 1)).orElseThrow();
        assertThat(due.due()).isEqualTo(c.expiresOn(LocalDate.of(2026, 10, 25)));
        assertThat(due.status(LocalDate.of(2027, 9, 1))).isEqualTo(Due.Status.UPCOMING);
    }

    @Test
    void theCrosswalkFitsTheRealIso22786Catalogue() {
        assertThat(REGISTRY.crosswalk(OVERVIEW, DIS_2025).orElseThrow().correspondences())
                .extracting(x -> x.requirement() + " " + x.relation().code())
                .containsExactly("1.1 intersect", "1.2 subset", "1.3 subset", "2.1 intersect", "2.2 intersect",
                        "3.1 intersect");
    }

    @Test
    void theCommittedClauseTableIsCurrent() {
        String table = CatalogueTable.markdown("The Good Cashmere Standard (overview): criteria",
                "The criteria the public overview of The Good Cashmere Standard names, numbered by Pashm in the order "
                        + "it names them. Every one must be met for the certificate, which is valid for 12 months.",
                REGISTRY.clauses(OVERVIEW));
        assertThat(CatalogueTable.staleness(Path.of("docs/clauses.md"), table)).isNull();
    }
}
