package org.ecosystemgraph.api.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every {@code @BatchMapping} does: load for all parents' keys at once, then hand each parent its part. */
public final class Batches {

    private Batches() {}

    /**
     * Loads with one call for the distinct keys of the parents and spreads the result back; a parent the load
     * returned nothing for gets {@code none}.
     */
    public static <P, T> Map<P, T> spread(
            List<P> parents, Function<P, String> key, Function<List<String>, Map<String, T>> load, T none) {
        Map<String, T> loaded = load.apply(parents.stream().map(key).distinct().toList());
        Map<P, T> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, loaded.getOrDefault(key.apply(parent), none)));
        return result;
    }
}
