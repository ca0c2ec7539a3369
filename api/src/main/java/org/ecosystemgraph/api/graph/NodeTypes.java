package org.ecosystemgraph.api.graph;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The types that implement {@code Node}, each with how its feature reads one node by graph id: features register
 * theirs, {@code node(id:)} asks them.
 */
@Component
public class NodeTypes {

    private final Map<String, Function<String, Optional<?>>> readers = new ConcurrentHashMap<>();

    public void register(String type, Function<String, Optional<?>> byId) {
        readers.put(type, byId);
    }

    Optional<?> read(GlobalId id) {
        return Optional.ofNullable(readers.get(id.type())).flatMap(reader -> reader.apply(id.id()));
    }
}
