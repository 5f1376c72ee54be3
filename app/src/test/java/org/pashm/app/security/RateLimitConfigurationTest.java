package org.pashm.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.TestClock;

/**
 * A changed limit reaches clients that already have a bucket: two limiters over the same bucket table, as an app
 * restarted with a new {@code PASHM_WRITES_PER_MINUTE} would be. Bucket4j keeps a bucket's configuration beside its
 * state, so before the limit was part of the key a client kept the limit its bucket was made under.
 */
@QuarkusTest
class RateLimitConfigurationTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aRaisedLimitLetsAClientWriteAgainAndALoweredOneHoldsAtOnce() throws SQLException {
        clock.fixAt(Instant.parse("2026-05-04T08:00:00Z"));
        String client = "subject:limit-" + UUID.randomUUID();
        RateLimit two = limiter(2);
        assertThat(two.take(client, "/organisations")).isNull();
        assertThat(two.take(client, "/organisations")).isNull();
        Response refused = two.take(client, "/organisations");
        assertThat(refused.getStatus()).isEqualTo(429);

        // Restarted at 4 a minute, in the same minute: the client's bucket is one of 4.
        RateLimit four = limiter(4);
        for (int i = 0; i < 4; i++) {
            assertThat(four.take(client, "/organisations")).as("write %d at 4 a minute", i + 1).isNull();
        }
        assertThat(four.take(client, "/organisations").getStatus()).isEqualTo(429);

        // Lowered to 1: one write, then 429 with the new limit's wait (60 s for one a minute).
        RateLimit one = limiter(1);
        assertThat(one.take(client, "/organisations")).isNull();
        Response lowered = one.take(client, "/organisations");
        assertThat(lowered.getStatus()).isEqualTo(429);
        assertThat(lowered.getHeaderString("Retry-After")).isEqualTo("60");
    }

    private RateLimit limiter(long writesPerMinute) {
        RateLimit limit = new RateLimit();
        limit.dataSource = dataSource;
        limit.clock = clock;
        limit.writesPerMinute = writesPerMinute;
        limit.init();
        return limit;
    }
}
