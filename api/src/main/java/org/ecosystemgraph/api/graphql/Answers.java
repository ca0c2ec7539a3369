package org.ecosystemgraph.api.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * Answers that come with a message. A field that cannot answer is null with its error, never a made-up value: a
 * bad argument is {@code BAD_USER_INPUT}, a name that matches nothing {@code NOT_FOUND} with the closest names the
 * graph knows; both with HTTP 200, never a server error.
 */
public final class Answers {

    private Answers() {}

    public static <T> DataFetcherResult<T> of(T data) {
        return DataFetcherResult.<T>newResult().data(data).build();
    }

    public static <T> DataFetcherResult<T> badInput(DataFetchingEnvironment environment, String message) {
        return error(environment, ErrorType.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, message, Map.of());
    }

    /** Nothing is known by that name; {@code suggestions} are the names meant most likely, best first. */
    public static <T> DataFetcherResult<T> notFound(
            DataFetchingEnvironment environment, String message, List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return error(environment, ErrorType.NOT_FOUND, ErrorCode.NOT_FOUND, message, Map.of());
        }
        return error(
                environment,
                ErrorType.NOT_FOUND,
                ErrorCode.NOT_FOUND,
                message + "; did you mean " + String.join(", ", suggestions) + "?",
                Map.of("suggestions", suggestions));
    }

    private static <T> DataFetcherResult<T> error(
            DataFetchingEnvironment environment,
            ErrorType type,
            ErrorCode code,
            String message,
            Map<String, Object> more) {
        Map<String, Object> extensions = new HashMap<>(code.extensions());
        extensions.putAll(more);
        return DataFetcherResult.<T>newResult()
                .errors(List.of(GraphqlErrorBuilder.newError(environment)
                        .errorType(type)
                        .message(message)
                        .extensions(extensions)
                        .build()))
                .build();
    }
}
