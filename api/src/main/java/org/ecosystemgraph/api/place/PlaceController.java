package org.ecosystemgraph.api.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.graph.NodeTypes;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graphql.Batches;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The places organizations are in, for region pickers and "near me" questions. */
@Controller
class PlaceController {

    private final PlaceRepository places;

    PlaceController(PlaceRepository places, NodeTypes nodes) {
        this.places = places;
        nodes.register(
                "Place", id -> Optional.ofNullable(places.byIds(List.of(id)).get(id)));
    }

    @QueryMapping
    List<Place> places() {
        return places.withOrganizations();
    }

    @BatchMapping
    Map<Place, Place> within(List<Place> list) {
        return Batches.spreadPresent(list, Place::withinId, places::byIds);
    }

    @BatchMapping(typeName = "Organization", field = "places")
    Map<Organization, List<Place>> placesOf(List<Organization> list) {
        return Batches.spread(list, Organization::id, places::ofOrganizations, List.of());
    }
}
