package org.ecosystemgraph.api.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;

/**
 * Answers that come with a message: a name that matches nothing gives null or an empty list and says so in the
 * response's errors (classification NOT_FOUND or BAD_REQUEST), with HTTP 200, never a server error.
 */
public final class Answers {

    private Answers() {}

    public static <T> DataFetcherResult<T> notFound(T data, DataFetchingEnvironment environment, String message) {
        return withError(data, environment, ErrorType.NOT_FOUND, message);
    }

    public static <T> DataFetcherResult<T> badRequest(T data, DataFetchingEnvironment environment, String message) {
        return withError(data, environment, ErrorType.BAD_REQUEST, message);
    }

    private static <T> DataFetcherResult<T> withError(
            T data, DataFetchingEnvironment environment, ErrorType type, String message) {
        return DataFetcherResult.<T>newResult()
                .data(data)
                .errors(List.of(GraphqlErrorBuilder.newError(environment)
                        .errorType(type)
                        .message(message)
                        .build()))
                .build();
    }

    public static <T> DataFetcherResult<T> of(T data) {
        return DataFetcherResult.<T>newResult().data(data).build();
    }
}
