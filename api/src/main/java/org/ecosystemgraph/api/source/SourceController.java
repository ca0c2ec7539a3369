package org.ecosystemgraph.api.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.graph.NodeTypes;
import org.ecosystemgraph.api.graph.Source;
import org.ecosystemgraph.api.graphql.Batches;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The source documents: all of them, and those behind sources, loaded once for all sources of a response. */
@Controller
class SourceController {

    private final SourceRepository sources;

    SourceController(SourceRepository sources, NodeTypes nodes) {
        this.sources = sources;
        nodes.register(
                "Document",
                id -> Optional.ofNullable(sources.documents(List.of(id)).get(id)));
    }

    @QueryMapping
    List<Document> documents() {
        return sources.all();
    }

    @BatchMapping
    Map<Source, Document> document(List<Source> list) {
        return Batches.spreadPresent(list, Source::documentId, sources::documents);
    }
}
