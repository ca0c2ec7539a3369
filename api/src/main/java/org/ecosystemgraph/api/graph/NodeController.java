package org.ecosystemgraph.api.graph;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import java.util.List;
import org.ecosystemgraph.api.graphql.Answers;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Relay's object identification: {@code node(id:)} reads any node by its global id, and the {@code id} of every type
 * that implements {@code Node} is given as one. The records keep graph ids, which the batch loaders key on.
 */
@Controller
class NodeController {

    private final NodeTypes types;

    NodeController(NodeTypes types) {
        this.types = types;
    }

    @QueryMapping
    DataFetcherResult<Object> node(@Argument String id, DataFetchingEnvironment environment) {
        var global = GlobalId.decode(id);
        if (global.isEmpty()) {
            return Answers.badInput(environment, "'" + id + "' is not a global id (the id field of any node)");
        }
        return types.read(global.get())
                .<DataFetcherResult<Object>>map(Answers::of)
                .orElseGet(() -> Answers.notFound(
                        environment, "No " + global.get().type() + " has the id '" + id + "'", List.of()));
    }

    /**
     * The {@code id} of every node type as a global id (its graph id as {@code key}), and of the types that point to nodes of several types (a path's
     * nodes, search hits) as the global id of the node they point to.
     */
    @Bean
    static RuntimeWiringConfigurer globalIds() {
        DataFetcher<?> graphId = PropertyDataFetcher.fetching("id");
        DataFetcher<?> labels = PropertyDataFetcher.fetching("labels");
        return wiring -> {
            for (String type : GlobalId.NODE_TYPES) {
                DataFetcher<?> globalId = environment ->
                        GlobalId.of(type, graphId.get(environment).toString());
                wiring.type(type, fields -> fields.dataFetcher("id", globalId).dataFetcher("key", graphId));
            }
            DataFetcher<?> pointedTo = environment -> GlobalId.ofLabels(
                    (List<?>) labels.get(environment), graphId.get(environment).toString());
            for (String type : List.of("PathNode", "SearchHit")) {
                wiring.type(type, fields -> fields.dataFetcher("id", pointedTo));
            }
        };
    }
}
