package org.ecosystemgraph.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * When the database cannot answer in time — it is away (an external server stopped, a cluster between leaders), busy,
 * or the request's transaction ran past its timeout — a field fails with a message that says so and the code
 * {@code UNAVAILABLE}, which clients retry on, rather than an anonymous internal error. One log line each, no stack.
 */
@Component
class DatabaseUnavailable extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    static final String AWAY = "The graph database cannot be reached right now; try again shortly";
    static final String SLOW = "The graph database took too long to answer this request; try again shortly, or ask"
            + " for less (smaller limits, fewer nested lists)";

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        if (Thread.currentThread().isInterrupted() || isInterruption(exception)) {
            // The request's deadline passed and its answer, a 503, is given already: what is left is stopped.
            log.debug(
                    "{} stopped at the request's deadline",
                    environment.getExecutionStepInfo().getPath());
            return GraphqlErrorBuilder.newError(environment)
                    .errorType(ErrorCode.UNAVAILABLE)
                    .message(SLOW)
                    .extensions(ErrorCode.UNAVAILABLE.extensions())
                    .build();
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = null;
            if (cause instanceof ServiceUnavailableException
                    || cause instanceof SessionExpiredException
                    || cause instanceof DatabaseShutdownException) {
                message = AWAY;
            } else if (isTimeout(cause)) {
                message = SLOW;
            }
            if (message != null) {
                log.warn(
                        "{} at {}: {}",
                        environment.getField().getName(),
                        environment.getExecutionStepInfo().getPath(),
                        cause.getMessage());
                return GraphqlErrorBuilder.newError(environment)
                        .errorType(ErrorCode.UNAVAILABLE)
                        .message(message)
                        .extensions(ErrorCode.UNAVAILABLE.extensions())
                        .build();
            }
        }
        return null;
    }

    private static boolean isInterruption(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException
                    || cause instanceof java.nio.channels.ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A transaction cut by the database's timeout, or terminated, or the database too busy to take it: as the driver
     * reports it, or the embedded database to a read {@link org.ecosystemgraph.database.EmbeddedNeo4j#read in this
     * process}.
     */
    private static boolean isTimeout(Throwable cause) {
        String code = null;
        if (cause instanceof TransientException || cause instanceof ClientException) {
            code = ((org.neo4j.driver.exceptions.Neo4jException) cause).code();
        } else if (cause instanceof QueryExecutionException inProcess) {
            code = inProcess.getStatusCode();
        } else if (cause instanceof Status.HasStatus inProcess) {
            code = inProcess.status().code().serialize();
        }
        return code != null
                && (code.contains("TransactionTimedOut")
                        || code.contains("Terminated")
                        || code.contains("MemoryPoolOutOfMemoryError")
                        || code.contains("TransactionMemoryLimit"));
    }
}
