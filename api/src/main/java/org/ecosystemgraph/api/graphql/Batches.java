package org.ecosystemgraph.api.graphql;

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
        Map<String, T> loaded = load.apply(keys(parents, key));
        Map<P, T> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, loaded.getOrDefault(key.apply(parent), none)));
        return result;
    }

    /** The same for a field that may be absent: a parent the load returned nothing for gets null. */
    public static <P, T> Map<P, T> spreadPresent(
            List<P> parents, Function<P, String> key, Function<List<String>, Map<String, T>> load) {
        Map<String, T> loaded = load.apply(keys(parents, key));
        Map<P, T> result = new LinkedHashMap<>();
        parents.forEach(parent -> {
            T value = loaded.get(key.apply(parent));
            if (value != null) {
                result.put(parent, value);
            }
        });
        return result;
    }

    private static <P> List<String> keys(List<P> parents, Function<P, String> key) {
        return parents.stream()
                .map(key)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }
}
