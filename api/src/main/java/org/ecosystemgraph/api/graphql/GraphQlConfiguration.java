package org.ecosystemgraph.api.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.scalars.ExtendedScalars;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The GraphQL runtime: the Date scalar, a cache of parsed documents (with automatic persisted queries), and the
 * bounds of a request — its depth and its cost counted from list sizes, refused before any Cypher runs, and the
 * values it may return while it runs.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(ExtendedScalars.Date);
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return source ->
                source.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache()));
    }

    @Bean
    Instrumentation organizationFields() {
        return OrganizationFields.selector();
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${kg.graphql.max-depth:12}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryCost(@Value("${kg.graphql.max-cost:250000}") int maxCost) {
        return new MaxQueryComplexityInstrumentation(
                maxCost, new QueryCost(), info -> QueryCost.refuseAbove(maxCost, info));
    }

    @Bean
    InputBounds inputBounds(
            @Value("${kg.graphql.max-text-length:1000}") int maxTextLength,
            @Value("${kg.graphql.max-list-size:100}") int maxListSize) {
        return new InputBounds(maxTextLength, maxListSize);
    }

    @Bean
    RequestBudget requestBudget(@Value("${kg.graphql.max-values:100000}") int maxValues) {
        return new RequestBudget(maxValues);
    }
}
