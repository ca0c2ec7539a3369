package org.ecosystemgraph.api.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.ArrayValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Refuses, before any Cypher runs, a request whose inputs no question needs: a text longer than
 * {@link #maxTextLength} characters or a list of more than {@link #maxListSize} items, written in the document or
 * given as variables. Fields bound their own arguments more tightly where they know better (search text, needs).
 */
final class InputBounds extends SimplePerformantInstrumentation {

    private final int maxTextLength;
    private final int maxListSize;

    InputBounds(int maxTextLength, int maxListSize) {
        this.maxTextLength = maxTextLength;
        this.maxListSize = maxListSize;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        AtomicReference<String> problem = new AtomicReference<>();
        new NodeTraverser()
                .depthFirst(
                        new NodeVisitorStub() {
                            @Override
                            public TraversalControl visitStringValue(
                                    StringValue node, TraverserContext<Node> traverser) {
                                check(node.getValue(), problem);
                                return TraversalControl.CONTINUE;
                            }

                            @Override
                            public TraversalControl visitArrayValue(ArrayValue node, TraverserContext<Node> traverser) {
                                checkSize(node.getValues().size(), problem);
                                return TraversalControl.CONTINUE;
                            }
                        },
                        context.getOperationDefinition());
        context.getCoercedVariables().toMap().values().forEach(value -> checkValue(value, problem));
        if (problem.get() != null) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                    .message(problem.get())
                    .extensions(ErrorCode.BAD_USER_INPUT.extensions())
                    .build()));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private void checkValue(Object value, AtomicReference<String> problem) {
        if (value instanceof String text) {
            check(text, problem);
        } else if (value instanceof Collection<?> items) {
            checkSize(items.size(), problem);
            items.forEach(item -> checkValue(item, problem));
        } else if (value instanceof Map<?, ?> fields) {
            fields.values().forEach(field -> checkValue(field, problem));
        }
    }

    private void check(String text, AtomicReference<String> problem) {
        if (text.length() > maxTextLength && problem.get() == null) {
            problem.set("A text of " + text.length() + " characters is longer than the " + maxTextLength
                    + " any argument of this API takes");
        }
    }

    private void checkSize(int size, AtomicReference<String> problem) {
        if (size > maxListSize && problem.get() == null) {
            problem.set("A list of " + size + " items is longer than the " + maxListSize
                    + " any argument of this API takes");
        }
    }
}
