package org.ecosystemgraph.api.activity;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.Batches;
import org.ecosystemgraph.api.organization.OrganizationRepository;
import org.ecosystemgraph.api.source.Source;
import org.ecosystemgraph.model.NodeLabel;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The sources of programmes and facilities, read for all of a response's programmes or facilities at once. */
@Controller
class ActivityController {

    private final OrganizationRepository nodes;

    ActivityController(OrganizationRepository nodes) {
        this.nodes = nodes;
    }

    @BatchMapping(typeName = "Programme", field = "sources")
    Map<Programme, List<Source>> programmeSources(List<Programme> programmes) {
        return Batches.spread(programmes, Programme::id, ids -> nodes.sources(NodeLabel.PROGRAMME, ids), List.of());
    }

    @BatchMapping(typeName = "Facility", field = "sources")
    Map<Facility, List<Source>> facilitySources(List<Facility> facilities) {
        return Batches.spread(facilities, Facility::id, ids -> nodes.sources(NodeLabel.FACILITY, ids), List.of());
    }
}
