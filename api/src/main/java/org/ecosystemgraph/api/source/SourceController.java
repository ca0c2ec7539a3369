package org.ecosystemgraph.api.source;

import static org.ecosystemgraph.api.graph.GraphRecords.date;
import static org.ecosystemgraph.api.graph.GraphRecords.string;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The documents behind sources, loaded once for all sources of a response. */
@Controller
@Transactional(readOnly = true)
class SourceController {

    private final Neo4jClient neo4j;

    SourceController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @BatchMapping
    Map<Source, Document> document(List<Source> sources) {
        List<String> ids = sources.stream().map(Source::documentId).distinct().toList();
        Map<String, Document> documents = neo4j
                .query("MATCH (d:Document) WHERE d.id IN $ids RETURN d")
                .bind(ids)
                .to("ids")
                .fetchAs(Document.class)
                .mappedBy((types, record) -> {
                    var d = record.get("d");
                    return new Document(
                            d.get("id").asString(),
                            d.get("title").asString(),
                            string(d.get("publisher")),
                            date(d.get("published")),
                            string(d.get("published")));
                })
                .all()
                .stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        Map<Source, Document> result = new LinkedHashMap<>();
        sources.forEach(source -> result.put(source, documents.get(source.documentId())));
        return result;
    }
}
