package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pashm.app.duty.DueDates;
import org.pashm.app.duty.DutyCatalogue;
import org.pashm.app.web.Paging;
import org.pashm.core.duty.Due;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;

/**
 * The due-date SQL and core's {@link org.pashm.core.duty.Recurrence#next} agree: for every duty of every loaded
 * module, many last-done and event days (month ends, 29 February, the edges of each yearly window) and many days
 * computed for, the SQL's opening, due day and status are core's, and the SQL lists a duty exactly when core says
 * something is owed.
 */
@QuarkusTest
class DueSqlAgreesWithCoreTest {

    static final List<LocalDate> DONE = dates(null, "2023-12-31", "2024-01-31", "2024-02-28", "2024-02-29",
            "2024-03-01", "2024-04-14", "2024-04-15", "2024-04-30", "2024-06-15", "2023-06-16", "2021-02-28",
            "2022-03-01", "2024-05-21", "2024-06-11");
    static final List<LocalDate> TODAY = dates("2024-01-01", "2024-02-29", "2024-03-01", "2024-03-31", "2024-04-14",
            "2024-04-15", "2024-04-30", "2024-05-01", "2024-05-20", "2024-06-10", "2024-06-15", "2024-06-16",
            "2024-12-31", "2025-02-28", "2025-03-01", "2027-03-01", "2027-03-02");

    @Inject
    DueDates due;

    @Inject
    Registry registry;

    @Inject
    org.pashm.app.duty.DutyCatalogue catalogue;

    @Inject
    Db db;

    record Subject(String site, ProductionSystem system, SubjectKind kind, String key, Map<String, String> classes,
                   LocalDate done, LocalDate event) {
    }

    @Test
    void everyDutyOfEveryModuleAgreesWithCoreAtTheEdges() throws Exception {
        String org = Api.organisation("cooperative");
        UUID orgId = UUID.fromString(org);
        List<Subject> subjects = new ArrayList<>();
        for (int i = 0; i < DONE.size(); i++) {
            LocalDate done = DONE.get(i);
            // Events before the work for some, after it (work not yet done for that event) for others.
            LocalDate event = done == null ? (i % 2 == 0 ? null : LocalDate.parse("2024-02-01"))
                    : i % 3 == 0 ? null : done.plusDays(i % 2 == 0 ? -10 : 10);
            for (ProductionSystem system : ProductionSystem.values()) {
                String site = Api.site(org, system.code());
                subjects.add(new Subject(site, system, SubjectKind.SITE, "site", Map.of(), done, event));
                for (String hoof : List.of("housing-bucks", "housing-does", "grazing-goats")) {
                    if (system == ProductionSystem.HOUSING) {
                        Duties.group(site, hoof, hoof);
                        subjects.add(new Subject(site, system, SubjectKind.GOAT_GROUP, hoof,
                                Map.of(Duties.GROUP_CLASS, hoof), done, event));
                    }
                }
                if (system == ProductionSystem.HOUSING) {
                    Duties.subject(site, "goat-group", "kids", Map.of(Duties.GROUP_ROLE, "kids"));
                    subjects.add(new Subject(site, system, SubjectKind.GOAT_GROUP, "kids",
                            Map.of(Duties.GROUP_ROLE, "kids"), done, event));
                }
                for (String kind : List.of("land-parcel", "vehicle", "goat")) {
                    Duties.subject(site, kind, kind + "-1", null);
                    subjects.add(new Subject(site, system, SubjectKind.of(kind), kind + "-1", Map.of(), done, event));
                }
            }
        }
        // The records, written straight into the table so that days after today can be used as well.
        Map<String, String> siteOrgs = new HashMap<>();
        for (Subject s : subjects) {
            siteOrgs.put(s.site(), org);
            for (Duty d : registry.duties()) {
                if (!DutyCatalogue.owes(d, s.kind(), s.classes(), s.system()) || catalogue.isCertificateRenewal(d)) {
                    continue;
                }
                if (s.done() != null) {
                    insert(orgId, s, "other", d.id(), s.done());
                }
            }
            if (s.event() != null) {
                for (String event : List.of("birth", "harvest-injury")) {
                    insert(orgId, s, event, null, s.event());
                }
            }
        }
        int compared = 0;
        for (LocalDate today : TODAY) {
            List<DueDates.Owed> rows = due.list(new DueDates.Scope(orgId, null), today,
                    new DueDates.Filter(null, null, null), new Paging(0, 100_000)).items();
            Map<String, DueDates.Owed> bySubject = new HashMap<>();
            rows.forEach(r -> bySubject.put(r.site() + "|" + r.subjectKind() + "|" + r.subjectKey() + "|" + r.duty(), r));
            int expected = 0;
            for (Subject s : subjects) {
                for (Duty d : registry.duties()) {
                    // Certificate renewals are owed only with a certificate: CertificateTest covers them.
                    if (!DutyCatalogue.owes(d, s.kind(), s.classes(), s.system()) || catalogue.isCertificateRenewal(d)) {
                        continue;
                    }
                    LocalDate done = s.done() != null && !s.done().isAfter(today) ? s.done() : null;
                    LocalDate event = s.event() != null && !s.event().isAfter(today) ? s.event() : null;
                    Optional<Due> core = d.recurrence().next(done, event, today);
                    DueDates.Owed sql = bySubject.get(s.site() + "|" + s.kind().name() + "|" + s.key() + "|" + d.id());
                    String what = d.id() + " of " + s.kind() + " " + s.key() + ", done " + done + ", event " + event
                            + ", on " + today;
                    if (core.isEmpty()) {
                        assertThat(sql).as(what).isNull();
                        continue;
                    }
                    expected++;
                    assertThat(sql).as(what).isNotNull();
                    assertThat(sql.opens()).as("opens: " + what).isEqualTo(core.get().opens());
                    assertThat(sql.due()).as("due: " + what).isEqualTo(core.get().due());
                    assertThat(sql.status()).as("status: " + what).isEqualTo(core.get().status(today).code());
                    assertThat(sql.lastDone()).as("last done: " + what).isEqualTo(done);
                    compared++;
                }
            }
            assertThat(rows).as("rows on " + today).hasSize(expected);
        }
        // Every duty of the registry was compared, in every shape.
        assertThat(compared).isGreaterThan(TODAY.size() * registry.duties().size());
    }

    private void insert(UUID org, Subject s, String type, String duty, LocalDate on) throws Exception {
        db.execute("""
                        insert into work_record (id, organisation_id, site_id, type, subject_kind, subject_key, duty_id,
                                                 performed_on, performed_by, details, retention, recorded_on,
                                                 retain_until)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'test', '{}', 'record', ?, ?)""",
                UUID.randomUUID(), org, UUID.fromString(s.site()), type, s.kind().name(), s.key(), duty, on,
                on, on.plusYears(3));
    }

    private static List<LocalDate> dates(String... days) {
        List<LocalDate> list = new ArrayList<>();
        for (String d : days) {
            list.add(d == null ? null : LocalDate.parse(d));
        }
        return list;
    }
}
