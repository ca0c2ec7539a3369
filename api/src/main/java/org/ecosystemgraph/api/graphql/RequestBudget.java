package org.ecosystemgraph.api.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a request may take while it runs, where counting before it ran could not tell: at most {@link #maxValues}
 * values (fields fetched), and nothing fetched after its deadline. Past either, the rest of the request stops.
 */
final class RequestBudget extends SimplePerformantInstrumentation {

    /** The key of the request's deadline ({@link Instant}) in its GraphQL context. */
    static final String DEADLINE = RequestBudget.class.getName() + ".deadline";

    private record Spent(AtomicInteger values, Instant deadline) implements InstrumentationState {}

    private final int maxValues;

    RequestBudget(int maxValues) {
        this.maxValues = maxValues;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        Instant deadline = parameters.getExecutionInput().getGraphQLContext().get(DEADLINE);
        return new Spent(new AtomicInteger(), deadline == null ? Instant.MAX : deadline);
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        var spent = (Spent) state;
        if (spent.values().incrementAndGet() > maxValues) {
            throw abort(
                    ErrorCode.RESPONSE_TOO_LARGE,
                    "The answer grew past the %,d values one request may return; ask for smaller pages (first,"
                                    .formatted(maxValues)
                            + " limit) or fewer nested lists",
                    Map.of("maximumValues", maxValues));
        }
        if (Instant.now().isAfter(spent.deadline())) {
            throw abort(ErrorCode.UNAVAILABLE, RequestDeadline.MESSAGE, Map.of());
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static AbortExecutionException abort(ErrorCode code, String message, Map<String, Object> more) {
        Map<String, Object> extensions = new HashMap<>(code.extensions());
        extensions.putAll(more);
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(
                        code == ErrorCode.UNAVAILABLE
                                ? code
                                : org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(extensions)
                .build()));
    }
}
