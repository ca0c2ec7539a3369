package org.ecosystemgraph.api.place;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The places organizations are in, for region pickers and "near me" questions. */
@Controller
class PlaceController {

    private final PlaceRepository places;

    PlaceController(PlaceRepository places) {
        this.places = places;
    }

    @QueryMapping
    List<Place> places() {
        return places.withOrganizations();
    }

    @BatchMapping
    Map<Place, Place> within(List<Place> list) {
        Map<String, Place> loaded = places.byIds(list.stream()
                .map(Place::withinId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return list.stream()
                .filter(place -> loaded.containsKey(place.withinId()))
                .distinct()
                .collect(Collectors.toMap(place -> place, place -> loaded.get(place.withinId())));
    }
}
