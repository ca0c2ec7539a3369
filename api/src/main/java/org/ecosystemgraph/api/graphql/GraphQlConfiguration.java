package org.ecosystemgraph.api.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The GraphQL runtime: the Date scalar, the limits that stop a request before it runs any Cypher (depth and
 * complexity of the operation), and a cache of parsed documents.
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
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${kg.graphql.max-depth:12}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${kg.graphql.max-complexity:400}") int maxComplexity) {
        return new MaxQueryComplexityInstrumentation(maxComplexity);
    }
}
