package org.ecosystemgraph.api.path;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.GlobalId;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.api.names.Names;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What lies around an organization, for a map: the nodes up to two ties away over the ties {@code connections}
 * walks, nearest first and, at equal distance, the best connected first, cut at a limit so that a hub such as
 * 東北大学 stays drawable; then every tie among the nodes kept.
 */
@Controller
class NeighbourhoodController {

    static final int MAX_HOPS = 2;
    static final int MAX_NODES = 200;

    private final PathRepository paths;
    private final Names names;

    NeighbourhoodController(PathRepository paths, Names names) {
        this.paths = paths;
        this.names = names;
    }

    @QueryMapping
    DataFetcherResult<Neighbourhood> neighbourhood(
            @Argument String of, @Argument Integer hops, @Argument Integer limit, DataFetchingEnvironment environment) {
        int depth = hops == null ? 1 : hops;
        int size = limit == null ? 60 : limit;
        if (depth < 1 || depth > MAX_HOPS || size < 1 || size > MAX_NODES) {
            return Answers.badInput(environment, "hops must be 1 to " + MAX_HOPS + " and limit 1 to " + MAX_NODES);
        }
        var centre = names.organization(of);
        if (centre.isEmpty()) {
            return names.noOrganization(environment, of);
        }
        return Answers.of(paths.around(centre.get(), depth, size - 1));
    }

    /** The ends of each tie by the global ids its nodes are given under. */
    @SchemaMapping
    List<Neighbourhood.Tie> ties(Neighbourhood neighbourhood) {
        Map<String, String> global = new HashMap<>();
        neighbourhood.nodes().forEach(node -> global.put(node.id(), GlobalId.ofLabels(node.labels(), node.id())));
        return neighbourhood.ties().stream()
                .map(tie -> new Neighbourhood.Tie(global.get(tie.from()), global.get(tie.to()), tie.type()))
                .toList();
    }
}
