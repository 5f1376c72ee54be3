package org.pashm.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.delivery.DeliverySender;
import org.pashm.app.delivery.ReminderJob;

/**
 * Exactly once, as two app instances would run the work: two job runs at the same moment over the same data (two
 * threads, each in its own transaction) create each reminder once; two senders at once deliver each once; a sender
 * that dies after claiming leaves its deliveries to the next run.
 */
@QuarkusTest
class ReminderConcurrencyTest {

    static final int GROUPS = 300;

    @Inject
    ReminderJob job;

    @Inject
    DeliverySender sender;

    @Inject
    Db db;

    @Inject
    AgroalDataSource dataSource;

    ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeEach
    void drainOtherTestsOutbox() {
        sender.deliverDue(Instant.now().plus(Duration.ofDays(1)));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A housing farm with many buck groups trimmed on {@code trimmed}, set up with plain SQL. */
    String farm(String trimmed, String hookUrl) throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        db.execute("""
                insert into duty_subject (id, organisation_id, site_id, kind, key, classes)
                select gen_random_uuid(), ?, ?, 'goat-group', 'bucks-' || n,
                       cast('{"housing.goat-group.class": "housing-bucks"}' as jsonb)
                from generate_series(1, ?) n""", UUID.fromString(org), UUID.fromString(site), GROUPS);
        db.execute("""
                insert into work_record (id, organisation_id, site_id, type, subject_kind, subject_key, duty_id,
                                         performed_on, performed_by, details, retention, recorded_on,
                                         retain_until)
                select gen_random_uuid(), organisation_id, site_id, 'hoof-repair', kind, key,
                       'hoof-repair-housing-bucks', cast(? as date), 'test', '{}', 'record', current_date,
                       current_date + 1095
                from duty_subject where site_id = ?""", LocalDate.parse(trimmed), UUID.fromString(site));
        given().contentType(ContentType.JSON).body(Map.of("channel", "webhook", "url", hookUrl))
                .when().post("/organisations/" + org + "/subscriptions").then().statusCode(201);
        return org;
    }

    <T> List<T> together(Callable<T> a, Callable<T> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> fa = pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            return a.call();
        });
        Future<T> fb = pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            return b.call();
        });
        return List.of(fa.get(120, TimeUnit.SECONDS), fb.get(120, TimeUnit.SECONDS));
    }

    /**
     * Runs both job runs so that they overlap for certain: a test transaction holds {@code reminder} in SHARE mode,
     * which lets both runs read it (to choose what is new) but not insert into it; once both are seen waiting for
     * that lock, both have chosen their stages from the same data, and the lock is released so that they insert at
     * once.
     */
    List<ReminderJob.Run> overlapping(Callable<ReminderJob.Run> a, Callable<ReminderJob.Run> b) throws Exception {
        try (Connection gate = dataSource.getConnection()) {
            gate.setAutoCommit(false);
            try (Statement s = gate.createStatement()) {
                s.execute("lock table reminder in share mode");
            }
            Future<ReminderJob.Run> fa = pool.submit(a);
            Future<ReminderJob.Run> fb = pool.submit(b);
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> db.count("""
                        select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid
                        where not l.granted and l.relation = 'reminder'::regclass
                          and a.query like '%insert into reminder%'""") == 2);
            } finally {
                gate.rollback();
            }
            return List.of(fa.get(120, TimeUnit.SECONDS), fb.get(120, TimeUnit.SECONDS));
        }
    }

    @Test
    void twoJobRunsAtOnceCreateEachReminderOnceAndTwoSendersDeliverEachOnce() throws Exception {
        LocalDate day = LocalDate.parse("2022-03-03");        // a day no other test runs the job for
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String org = farm("2022-01-10", receiver.url());      // due 2022-03-10: 7 days ahead
            List<ReminderJob.Run> runs = overlapping(() -> job.run(day), () -> job.run(day));

            long reminders = db.count("select count(*) from reminder where created_for = ?", day);
            long deliveries = db.count("select count(*) from delivery d join reminder r on r.id = d.reminder_id "
                    + "where r.created_for = ?", day);
            // What the two runs say they created is what exists: neither created a row the other did. Both chose
            // the same stages before either inserted; the unique key let one of them make them all.
            assertThat(runs.get(0).reminders() + runs.get(1).reminders()).isEqualTo(reminders);
            assertThat(List.of(runs.get(0).reminders(), runs.get(1).reminders()))
                    .containsExactlyInAnyOrder(0, (int) reminders);
            assertThat(runs.get(0).deliveries() + runs.get(1).deliveries()).isEqualTo(deliveries);
            // The farm's reminders: one per buck group, plus the March-April inspection window (open).
            UUID o = UUID.fromString(org);
            assertThat(db.count("select count(*) from reminder where organisation_id = ?", o)).isEqualTo(GROUPS + 1);
            assertThat(db.count("select count(distinct (duty_id, site_id, subject_kind, subject_key, due_on, stage, "
                    + "lead_days)) from reminder where organisation_id = ?", o)).isEqualTo(GROUPS + 1);
            assertThat(db.count("select count(*) from delivery where organisation_id = ?", o)).isEqualTo(GROUPS + 1);

            Instant now = Instant.now();
            List<Integer> tried = together(() -> sender.deliverDue(now), () -> sender.deliverDue(now));
            assertThat(tried.get(0) + tried.get(1)).isGreaterThanOrEqualTo(GROUPS + 1);
            assertThat(receiver.received).hasSize(GROUPS + 1);
            assertThat(receiver.received.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(GROUPS + 1);
            assertThat(db.count("select count(*) from delivery where organisation_id = ? and status = 'sent' "
                    + "and attempts = 1", o)).isEqualTo(GROUPS + 1);
            // And a third run the next day (a restart) adds nothing.
            job.run(day.plusDays(1));
            assertThat(db.count("select count(*) from reminder where organisation_id = ?", o)).isEqualTo(GROUPS + 1);
        }
    }

    @Test
    void aSenderInterruptedAfterClaimingLeavesItsDeliveriesToTheNextRun() throws Exception {
        LocalDate day = LocalDate.parse("2021-03-03");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String org = farm("2021-01-10", receiver.url());
            UUID o = UUID.fromString(org);
            job.run(day);
            long mine = db.count("select count(*) from delivery where organisation_id = ? and status = 'pending'", o);
            assertThat(mine).isEqualTo(GROUPS + 1);

            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch crash = new CountDownLatch(1);
            AtomicReference<List<UUID>> held = new AtomicReference<>();
            Instant now = Instant.now();
            Future<Integer> dying = pool.submit(() -> sender.sendBatch(now, ids -> {
                held.set(ids);
                claimed.countDown();
                try {
                    crash.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("the instance died after claiming");
            }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(held.get()).isNotEmpty();
            // Another instance meanwhile skips the claimed rows and takes the next ones.
            AtomicReference<List<UUID>> other = new AtomicReference<>();
            sender.sendBatch(now, other::set);
            assertThat(other.get()).doesNotContainAnyElementsOf(held.get());
            // (The batch may hold other organisations' deliveries too: the job ran for every site.)
            long ours = other.get().stream().filter(id -> db.count(
                    "select count(*) from delivery where id = ? and organisation_id = ?", id, o) == 1).count();
            assertThat(receiver.received).hasSize((int) ours);

            crash.countDown();
            assertThat(dying).failsWithin(30, TimeUnit.SECONDS);
            // Nothing of the dead instance's batch was sent or recorded: still pending, no attempt made.
            for (UUID id : held.get()) {
                assertThat(db.count("select count(*) from delivery where id = ? and status = 'pending' and attempts = 0",
                        id)).isEqualTo(1);
            }
            // The next run sends them, and every delivery reaches the receiver exactly once.
            sender.deliverDue(Instant.now());
            assertThat(receiver.received).hasSize(GROUPS + 1);
            assertThat(receiver.received.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(GROUPS + 1);
            assertThat(db.count("select count(*) from delivery where organisation_id = ? and status = 'sent'", o))
                    .isEqualTo(GROUPS + 1);
        }
    }
}
