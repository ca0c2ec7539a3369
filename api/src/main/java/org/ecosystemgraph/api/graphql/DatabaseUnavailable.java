package org.ecosystemgraph.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * When the database cannot be reached (an external server stopped, a cluster between leaders), a field fails at once
 * with a message that says so and the classification {@code UNAVAILABLE}, rather than an anonymous internal error;
 * the driver reconnects by itself once the database is back.
 */
@Component
class DatabaseUnavailable extends DataFetcherExceptionResolverAdapter {

    /** The error classification clients can retry on. */
    enum Classification implements ErrorClassification {
        UNAVAILABLE
    }

    static final String MESSAGE = "The graph database cannot be reached right now; try again shortly";

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException
                    || cause instanceof SessionExpiredException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException) {
                return GraphqlErrorBuilder.newError(environment)
                        .errorType(Classification.UNAVAILABLE)
                        .message(MESSAGE)
                        .build();
            }
        }
        return null;
    }
}
