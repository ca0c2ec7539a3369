package org.ecosystemgraph.api.path;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.api.names.Names;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.Sector;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * How one organization reaches another, a kind or a sector. Paths run over the ties that mean working together —
 * membership, spin-off, part-of, agreements, programmes, initiatives, investment — never over places or topics,
 * which would join everything to everything. Shortest first; among equally short ones, those through smaller hubs
 * (fewer ties of their inner nodes) first.
 */
@Controller
class ConnectionController {

    static final int MAX_HOPS = 6;
    static final int MAX_PATHS = 50;

    private final PathRepository paths;
    private final Names names;

    ConnectionController(PathRepository paths, Names names) {
        this.paths = paths;
        this.names = names;
    }

    @QueryMapping
    DataFetcherResult<List<Path>> connections(
            @Argument String from,
            @Argument String to,
            @Argument OrganizationKind toKind,
            @Argument Sector toSector,
            @Argument Integer maxHops,
            @Argument Integer limit,
            DataFetchingEnvironment environment) {
        int hops = maxHops == null ? 4 : maxHops;
        int wanted = limit == null ? 5 : limit;
        if (hops < 1 || hops > MAX_HOPS || wanted < 1 || wanted > MAX_PATHS) {
            return Answers.badInput(environment, "maxHops must be 1 to " + MAX_HOPS + " and limit 1 to " + MAX_PATHS);
        }
        if ((to == null) == (toKind == null && toSector == null) || (to != null && toKind != null)) {
            return Answers.badInput(environment, "Give either to, or toKind and/or toSector");
        }
        var start = names.organization(from);
        if (start.isEmpty()) {
            return names.noOrganization(environment, from);
        }
        String target = null;
        if (to != null) {
            var end = names.organization(to);
            if (end.isEmpty()) {
                return names.noOrganization(environment, to);
            }
            target = end.get();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", start.get());
        parameters.put("to", target);
        parameters.put("kind", toKind == null ? null : toKind.name());
        parameters.put("sector", toSector == null ? null : toSector.name());
        parameters.put("limit", wanted);
        if (target != null) {
            // Both ends known: the search runs between two nodes found by id.
            return Answers.of(paths.paths(PathRepository.Target.ORGANIZATION, wanted, hops, parameters));
        }
        // Any organization of a kind or sector: widen the search one hop at a time and stop as soon as there are
        // enough paths. Every path found within h hops ranks before any longer one, so the answer is the same as
        // one search to the full depth, which from a hub would reach most of the graph.
        List<Path> found = List.of();
        for (int depth = 1; depth <= hops && found.size() < wanted; depth++) {
            found = paths.paths(PathRepository.Target.KIND_OR_SECTOR, wanted, depth, parameters);
        }
        return Answers.of(found);
    }
}
