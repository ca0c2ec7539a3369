package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time limit of the API's transactions: every request's transaction carries the configured timeout, and Neo4j
 * cuts a statement that runs past it and rolls the whole transaction back, writes included.
 */
class TransactionTimeoutTest extends ApiTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    Driver driver;

    @Test
    void requests_run_in_transactions_with_the_configured_timeout() {
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout())
                .isEqualTo(10);
    }

    @Test
    void a_statement_past_the_timeout_is_cut_and_its_transaction_rolled_back() {
        var template = new TransactionTemplate(transactions);
        template.setTimeout(2);
        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> template.executeWithoutResult(status -> {
            neo4j.query("CREATE (:TimeoutProbe {at: datetime()})").run();
            // Minutes of work if nothing stopped it.
            neo4j.query("UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(i)")
                    .fetch()
                    .all();
        }));
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertThat(thrown).isNotNull();
        assertThat(String.valueOf(thrown.getMessage()).toLowerCase())
                .containsAnyOf("timed out", "timeout", "terminated");
        long probes = driver.executableQuery("MATCH (p:TimeoutProbe) RETURN count(p) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
        assertThat(probes).as("the write before the cut statement").isZero();
        System.out.printf("timeout: a statement past a 2 s transaction timeout was cut after %d s%n", seconds);
    }
}
