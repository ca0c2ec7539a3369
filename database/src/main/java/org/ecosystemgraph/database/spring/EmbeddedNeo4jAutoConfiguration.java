package org.ecosystemgraph.database.spring;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The driver of a Spring Boot application that uses this module. With an external URI configured
 * ({@code spring.neo4j.uri}, which {@code NEO4J_URI} sets), Spring Boot builds it from {@code spring.neo4j.*} (bolt,
 * neo4j routing, Aura); otherwise the application starts its embedded Neo4j ({@code kg.embedded.*}) and connects to
 * it over Bolt like any other client.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@ConditionalOnClass(Driver.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedNeo4jAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedNeo4j embeddedNeo4j(EmbeddedDatabaseProperties properties) {
            return EmbeddedNeo4j.start(properties.toSettings());
        }

        @Bean(destroyMethod = "close")
        Driver neo4jDriver(EmbeddedNeo4j neo4j) {
            return GraphDatabase.driver(
                    neo4j.boltUri(),
                    neo4j.login().authToken(),
                    Config.builder()
                            .withConnectionTimeout(5, TimeUnit.SECONDS)
                            .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS)
                            .build());
        }

        @Bean
        DatabaseEndpoint databaseEndpoint(EmbeddedNeo4j neo4j) {
            return new DatabaseEndpoint(neo4j.boltUri(), true, true);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.External.class)
    static class External {

        @Bean
        DatabaseEndpoint externalDatabaseEndpoint(@Value("${spring.neo4j.uri}") URI uri) {
            return new DatabaseEndpoint(uri, false, true);
        }
    }
}
