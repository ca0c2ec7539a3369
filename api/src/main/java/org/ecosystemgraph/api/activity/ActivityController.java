package org.ecosystemgraph.api.activity;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.NodeTypes;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graph.Provenance;
import org.ecosystemgraph.api.graph.Source;
import org.ecosystemgraph.api.graphql.Batches;
import org.ecosystemgraph.model.NodeLabel;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Programmes and facilities: those of each organization, and the sources of each, read for a whole response at once. */
@Controller
class ActivityController {

    private final ActivityRepository activities;
    private final Provenance provenance;

    ActivityController(ActivityRepository activities, Provenance provenance, NodeTypes nodes) {
        this.activities = activities;
        this.provenance = provenance;
        nodes.register("Programme", activities::programme);
        nodes.register("Facility", activities::facility);
    }

    @BatchMapping(typeName = "Organization")
    Map<Organization, List<ProgrammeRole>> programmes(List<Organization> list) {
        return Batches.spread(list, Organization::id, activities::programmesOf, List.of());
    }

    @BatchMapping(typeName = "Organization")
    Map<Organization, List<Facility>> facilities(List<Organization> list) {
        return Batches.spread(list, Organization::id, activities::facilitiesOf, List.of());
    }

    @BatchMapping(typeName = "Programme", field = "sources")
    Map<Programme, List<Source>> programmeSources(List<Programme> programmes) {
        return Batches.spread(
                programmes, Programme::id, ids -> provenance.sources(NodeLabel.PROGRAMME, ids), List.of());
    }

    @BatchMapping(typeName = "Facility", field = "sources")
    Map<Facility, List<Source>> facilitySources(List<Facility> facilities) {
        return Batches.spread(facilities, Facility::id, ids -> provenance.sources(NodeLabel.FACILITY, ids), List.of());
    }
}
