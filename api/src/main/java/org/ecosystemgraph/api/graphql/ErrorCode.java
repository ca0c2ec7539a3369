package org.ecosystemgraph.api.graphql;

import graphql.ErrorClassification;
import java.util.Map;

/**
 * The {@code extensions.code} of every error the API answers, in the words GraphQL clients know (Apollo's codes, plus
 * {@code NOT_FOUND} and {@code UNAVAILABLE}), beside Spring's and graphql-java's {@code classification}.
 */
public enum ErrorCode implements ErrorClassification {
    /** An argument that cannot be right: out of range, malformed, too long. */
    BAD_USER_INPUT,
    /** A name or id that the graph does not know. */
    NOT_FOUND,
    /** The database is away, busy or slow, or the graph not ready: try again shortly. */
    UNAVAILABLE,
    /** The request would cost more than the limit (counted from list sizes), before any Cypher runs. */
    QUERY_TOO_COSTLY,
    /** The answer grew past the limit of fields it may hold. */
    RESPONSE_TOO_LARGE,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    PERSISTED_QUERY_NOT_FOUND,
    PERSISTED_QUERY_INVALID,
    INTERNAL_SERVER_ERROR;

    /** The error's extensions for this code; graphql-java adds the {@code classification} of its error type. */
    public Map<String, Object> extensions() {
        return Map.of("code", name());
    }

    /** The code of an error that carries none yet, from its classification. */
    static ErrorCode of(ErrorClassification type) {
        String name = type == null ? "" : type.toString();
        return switch (name) {
            case "BAD_REQUEST", "BAD_USER_INPUT" -> BAD_USER_INPUT;
            case "NOT_FOUND" -> NOT_FOUND;
            case "UNAVAILABLE" -> UNAVAILABLE;
            case "InvalidSyntax" -> GRAPHQL_PARSE_FAILED;
            case "ValidationError", "OperationNotSupported" -> GRAPHQL_VALIDATION_FAILED;
            case "PersistedQueryNotFound" -> PERSISTED_QUERY_NOT_FOUND;
            case "PersistedQueryIdInvalid" -> PERSISTED_QUERY_INVALID;
            default -> INTERNAL_SERVER_ERROR;
        };
    }
}
