package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecosystemgraph.api.names.SearchText;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a machine far slower than it should be: every transaction of the database and of the API may run
 * 1 s, a request 8 s. The first start still loads the whole corpus (the import has its own limit); a request whose
 * statement the database cuts is answered {@code UNAVAILABLE}, not as an internal error; a request that outlives its
 * deadline gets 503 {@code UNAVAILABLE} when the deadline passes, not when its work is done. The API reads in process,
 * as on the embedded default; {@link SlowMachineOverBoltTest} reads over Bolt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SlowMachineTest.SlowStatements.class)
class SlowMachineTest {

    /** Search texts that make the test's driver slow down a statement: in this process, or in the database. */
    static final String SLOW_HERE = "slowclient";

    static final String SLOW_IN_DATABASE = "slowdatabase";

    /** The full-text queries the two searches send, worked out once, before any transaction runs. */
    private static final String SLOW_HERE_QUERY = SearchText.words(SLOW_HERE).orElseThrow();

    private static final String SLOW_IN_DATABASE_QUERY =
            SearchText.words(SLOW_IN_DATABASE).orElseThrow();

    @DynamicPropertySource
    static void aSlowMachine(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("slow-machine-neo4j");
        registry.add("kg.embedded.data-dir", dataDir::toString);
        registry.add("kg.embedded.bolt-port", () -> "0");
        registry.add("kg.embedded.transaction-timeout", () -> "1s");
        registry.add("kg.graphql.read-timeout", () -> "1s");
        registry.add("kg.graphql.request-timeout", () -> "8s");
    }

    /** Slows the statements of the searches above, whichever way the application reads: in process or by driver. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowStatements {

        @Bean
        static BeanPostProcessor slowStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof EmbeddedNeo4j neo4j) {
                        neo4j.beforeRead(SlowStatements::slowDown);
                    }
                    return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
                }
            };
        }

        /** The statement of a slow search, slowed down: here by a sleep, or in the database by minutes of work. */
        static Query slowDown(Query query) {
            Object words = query.parameters().get("words").asObject();
            if (SLOW_HERE_QUERY.equals(words)) {
                try {
                    Thread.sleep(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (SLOW_IN_DATABASE_QUERY.equals(words)) {
                return query.withText(
                        "CALL () { UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(i)" + " AS n } "
                                + query.text());
            }
            return query;
        }

        @SuppressWarnings("unchecked")
        static <T> T wrap(T target, Class<T> type) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().equals("run") && args[0] instanceof Query query) {
                    args[0] = slowDown(query);
                }
                Object result;
                try {
                    result = method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (result instanceof Session session && method.getReturnType() == Session.class) {
                    return wrap(session, Session.class);
                }
                if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
                    return wrap(transaction, Transaction.class);
                }
                return result;
            };
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
        }
    }

    @LocalServerPort
    int port;

    private TestClient client;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void theWholeCorpusIsLoadedDespiteTheShortTimeouts() {
        client = new TestClient(port).awaitHealthy();
    }

    @Test
    void the_first_start_loads_the_whole_corpus_with_one_second_transactions() throws Exception {
        assertThat(client.health()
                        .path("components")
                        .path("graph")
                        .path("details")
                        .path("detail")
                        .asText())
                .isEqualTo("bundled corpus imported: 6 documents");
        JsonNode tap = json.readTree(
                client.query("{ consortium(name: \"ＴＡＰ\") { memberCount } }").body());
        assertThat(tap.path("data").path("consortium").path("memberCount").asInt())
                .isEqualTo(10);
    }

    @Test
    void a_statement_the_database_cuts_is_unavailable_not_an_internal_error() throws Exception {
        var answer = client.query("{ search(text: \"" + SLOW_IN_DATABASE + "\") { name } }");
        JsonNode body = json.readTree(answer.body());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("data").path("search").isNull()).isTrue();
        assertThat(body.path("errors").path(0).path("extensions").path("code").asText())
                .isEqualTo("UNAVAILABLE");
        assertThat(body.path("errors").path(0).path("message").asText()).contains("took too long");
    }

    @Test
    void a_request_past_its_deadline_is_answered_503_when_the_deadline_passes() throws Exception {
        long started = System.nanoTime();
        var answer = client.query("{ search(text: \"" + SLOW_HERE + "\") { name } }");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).contains("2");
        JsonNode body = json.readTree(answer.body());
        assertThat(body.path("errors").path(0).path("extensions").path("code").asText())
                .isEqualTo("UNAVAILABLE");
        // Answered at the deadline (8 s), not when the 20 s statement ends; a slow machine gets some slack.
        assertThat(millis).isGreaterThanOrEqualTo(8_000).isLessThan(15_000);
        System.out.printf("deadline: a 20 s request under an 8 s deadline was answered 503 after %d ms%n", millis);
        assertThat(client.query("{ supportFunctions { code } }").body()).contains("TECHNOLOGY_TRANSFER");
    }
}
