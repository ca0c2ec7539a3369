package org.ecosystemgraph.database.spring;

import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.StatementRecorder;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Puts a {@link StatementRecorder} around an application's driver and its in-process reads, for benchmarks and tests:
 * registered by whoever starts the application, never found by its own component scan.
 */
public final class StatementRecording implements BeanPostProcessor {

    private final StatementRecorder statements;

    public StatementRecording(StatementRecorder statements) {
        this.statements = statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof EmbeddedNeo4j neo4j) {
            neo4j.beforeRead(query -> {
                statements.sent(query);
                return query;
            });
        }
        return bean instanceof Driver driver ? statements.wrap(driver) : bean;
    }
}
