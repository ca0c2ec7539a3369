package org.ecosystemgraph.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated GraphQL documents by their text, so that a page asking the same question again (with other
 * variables) skips parsing and validation, which cost about a twentieth of the server's time under load. Holds the
 * {@link #CAPACITY} most recently used documents of at most {@link #MAX_QUERY_LENGTH} characters; documents with
 * errors are never kept, so their messages always come fresh.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    static final int CAPACITY = 500;
    static final int MAX_QUERY_LENGTH = 10_000;

    private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached;
        synchronized (documents) {
            cached = documents.get(query);
        }
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
        if (!parsed.hasErrors() && query.length() <= MAX_QUERY_LENGTH) {
            synchronized (documents) {
                documents.put(query, parsed);
            }
        }
        return CompletableFuture.completedFuture(parsed);
    }

    int size() {
        synchronized (documents) {
            return documents.size();
        }
    }
}
