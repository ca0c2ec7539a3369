package org.ecosystemgraph.database.spring;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external Neo4j is configured, which is when the application starts its own. */
class EmbeddedDatabaseCondition implements Condition {

    static final String EXTERNAL_URI = "spring.neo4j.uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(EXTERNAL_URI));
    }

    /** The opposite: an external URI is configured. */
    static class External implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new EmbeddedDatabaseCondition().matches(context, metadata);
        }
    }
}
