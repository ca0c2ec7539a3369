package org.ecosystemgraph.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every error of a response its {@link ErrorCode} in {@code extensions.code}, whoever raised it, and its message
 * in plain words (see {@link PlainMessages}).
 */
@Component
@Order(0)
class ErrorCodes implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request)
                .map(response -> response.getErrors().isEmpty()
                        ? response
                        : response.transform(builder -> builder.errors(coded(response.getErrors()))));
    }

    private static List<GraphQLError> coded(List<ResponseError> errors) {
        return errors.stream().map(ErrorCodes::coded).toList();
    }

    private static GraphQLError coded(ResponseError error) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions());
        if (!extensions.containsKey("code")) {
            extensions.put("code", ErrorCode.of(error.getErrorType()).name());
        }
        var builder = GraphqlErrorBuilder.newError()
                .message(PlainMessages.of(error.getMessage()))
                .errorType(error.getErrorType())
                .locations(error.getLocations())
                .extensions(extensions);
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }
}
