package org.ecosystemgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedDocumentCacheTest {

    private final ParsedDocumentCache cache = new ParsedDocumentCache();
    private final AtomicInteger parses = new AtomicInteger();

    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parses.incrementAndGet();
        if (input.getQuery().contains("broken")) {
            return new PreparsedDocumentEntry(
                    GraphqlErrorBuilder.newError().message("broken").build());
        }
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private PreparsedDocumentEntry ask(String query) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse)
                .join();
    }

    @Test
    void the_same_text_is_parsed_once_whatever_its_variables() {
        var first = ask("query ($name: String) { organization(name: $name) { id } }");
        var second = ask("query ($name: String) { organization(name: $name) { id } }");
        assertThat(second.getDocument()).isSameAs(first.getDocument());
        assertThat(parses).hasValue(1);
        ask("{ places { id } }");
        assertThat(parses).hasValue(2);
    }

    @Test
    void documents_with_errors_are_parsed_afresh_each_time() {
        ask("{ broken");
        ask("{ broken");
        assertThat(parses).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void it_keeps_the_most_recently_used_documents_up_to_its_capacity() {
        ask("{ a0 }");
        for (int i = 1; i <= ParsedDocumentCache.CAPACITY; i++) {
            ask("{ a" + i + " }");
            ask("{ a0 }"); // used again and again: never the eldest
        }
        assertThat(cache.size()).isEqualTo(ParsedDocumentCache.CAPACITY);
        int before = parses.get();
        ask("{ a0 }");
        ask("{ a" + ParsedDocumentCache.CAPACITY + " }");
        assertThat(parses).hasValue(before);
        ask("{ a1 }"); // the eldest, dropped
        assertThat(parses).hasValue(before + 1);
    }

    @Test
    void very_long_documents_are_not_kept() {
        String longQuery = "{ " + "a ".repeat(ParsedDocumentCache.MAX_QUERY_LENGTH) + "}";
        ask(longQuery);
        ask(longQuery);
        assertThat(parses).hasValue(2);
    }
}
