package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.ecosystemgraph.api.graph.GraphReads;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The limits of the API's reads, set by the database itself: a read that runs past the configured time (10 s) is cut,
 * and a statement that would write is refused.
 */
class ReadLimitsTest extends ApiTest {

    @Autowired
    GraphReads reads;

    @Autowired
    Driver driver;

    @Test
    void a_read_past_the_time_limit_is_cut() {
        long started = System.nanoTime();
        // Minutes of work if nothing stopped it.
        Throwable thrown = catchThrowable(() -> reads.list(
                "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(i) AS n",
                record -> record.get("n").asLong()));
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertThat(thrown).isNotNull();
        assertThat(String.valueOf(thrown.getMessage()).toLowerCase())
                .containsAnyOf("timed out", "timeout", "terminated");
        assertThat(seconds).as("cut at the limit, not at the end of the work").isGreaterThanOrEqualTo(10);
        System.out.printf("read limit: a statement past the 10 s limit was cut after %d s%n", seconds);
    }

    @Test
    void a_read_cannot_write() {
        Throwable thrown =
                catchThrowable(() -> reads.list("CREATE (p:ReadProbe) RETURN p.id AS id", record -> record.get("id")));
        assertThat(thrown).isNotNull();
        assertThat(String.valueOf(thrown.getMessage()).toLowerCase()).contains("read");
        long probes = driver.executableQuery("MATCH (p:ReadProbe) RETURN count(p) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
        assertThat(probes).isZero();
    }
}
