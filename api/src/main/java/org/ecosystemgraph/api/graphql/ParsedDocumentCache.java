package org.ecosystemgraph.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parsed and validated GraphQL documents, so that a page asking the same question again (with other variables) skips
 * parsing and validation, which cost about a twentieth of the server's time under load: by their text, and by their
 * SHA-256 for Apollo's automatic persisted queries (a client sends the hash alone; for an unknown hash it is told
 * {@code PERSISTED_QUERY_NOT_FOUND} and sends the query with it once). Holds the {@link #CAPACITY} most recently used
 * documents of at most {@link #MAX_QUERY_LENGTH} characters; documents with errors are never kept, so their messages
 * always come fresh.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider, PersistedQueryCache {

    static final int CAPACITY = 500;
    static final int MAX_QUERY_LENGTH = 10_000;

    private final PersistedQuerySupport persisted = new ApolloPersistedQuerySupport(this);

    private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        if (input.getExtensions().containsKey("persistedQuery")) {
            return persisted.getDocumentAsync(input, parseAndValidate);
        }
        String query = input.getQuery();
        return CompletableFuture.completedFuture(cached("query:" + query, query, () -> parseAndValidate.apply(input)));
    }

    /** A hash alone is answered from the cache, or told it is unknown; a hash with its query is kept for next time. */
    @Override
    public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(
            Object persistedQueryId, ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
        String key = "sha256:" + persistedQueryId;
        String query = input.getQuery();
        if (query == null || query.isEmpty() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
            PreparsedDocumentEntry cached;
            synchronized (documents) {
                cached = documents.get(key);
            }
            if (cached == null) {
                throw new PersistedQueryNotFound(persistedQueryId);
            }
            return CompletableFuture.completedFuture(cached);
        }
        if (!sha256(query).equalsIgnoreCase(String.valueOf(persistedQueryId))) {
            throw new PersistedQueryIdInvalid(persistedQueryId);
        }
        return CompletableFuture.completedFuture(cached(key, query, () -> onCacheMiss.apply(query)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private PreparsedDocumentEntry cached(String key, String query, Supplier<PreparsedDocumentEntry> parse) {
        PreparsedDocumentEntry cached;
        synchronized (documents) {
            cached = documents.get(key);
        }
        if (cached != null) {
            return cached;
        }
        PreparsedDocumentEntry parsed = parse.get();
        if (!parsed.hasErrors() && query.length() <= MAX_QUERY_LENGTH) {
            synchronized (documents) {
                documents.put(key, parsed);
            }
        }
        return parsed;
    }

    int size() {
        synchronized (documents) {
            return documents.size();
        }
    }
}
