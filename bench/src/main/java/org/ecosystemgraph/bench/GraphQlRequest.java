package org.ecosystemgraph.bench;

import java.util.Map;

/** A GraphQL request as a client sends it: a document, and the values of its variables (names go there, unquoted). */
public record GraphQlRequest(String query, Map<String, Object> variables) {

    public static GraphQlRequest of(String query) {
        return new GraphQlRequest(query, Map.of());
    }

    /** The JSON body's fields: {@code query}, and {@code variables} when there are any. */
    Map<String, Object> body() {
        return variables.isEmpty() ? Map.of("query", query) : Map.of("query", query, "variables", variables);
    }
}
