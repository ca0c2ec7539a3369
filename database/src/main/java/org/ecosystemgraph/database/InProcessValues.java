package org.ecosystemgraph.database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.NodeValue;
import org.neo4j.driver.internal.value.PathValue;
import org.neo4j.driver.internal.value.RelationshipValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

/**
 * The values of an in-process result as the driver would have decoded them from Bolt: nodes, relationships and paths
 * become the driver's, read while their transaction is open; everything else is what {@link Values#value} makes of it.
 */
final class InProcessValues {

    private InProcessValues() {}

    static Value of(Object value) {
        if (value instanceof Node node) {
            return new NodeValue(node(node));
        }
        if (value instanceof Relationship relationship) {
            return new RelationshipValue(relationship(relationship));
        }
        if (value instanceof Path path) {
            List<Entity> entities = new ArrayList<>();
            path.iterator()
                    .forEachRemaining(entity -> entities.add(
                            entity instanceof Node node ? node(node) : relationship((Relationship) entity)));
            return new PathValue(new InternalPath(entities));
        }
        if (value instanceof List<?> list) {
            List<Value> values = new ArrayList<>(list.size());
            list.forEach(element -> values.add(of(element)));
            return Values.value(values);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Value> values = new LinkedHashMap<>();
            map.forEach((key, element) -> values.put((String) key, of(element)));
            return Values.value(values);
        }
        return Values.value(value);
    }

    private static InternalNode node(Node node) {
        List<String> labels = new ArrayList<>();
        node.getLabels().forEach(label -> labels.add(label.name()));
        return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
    }

    private static InternalRelationship relationship(Relationship relationship) {
        return new InternalRelationship(
                relationship.getId(),
                relationship.getElementId(),
                relationship.getStartNode().getId(),
                relationship.getStartNode().getElementId(),
                relationship.getEndNode().getId(),
                relationship.getEndNode().getElementId(),
                relationship.getType().name(),
                properties(relationship.getAllProperties()));
    }

    private static Map<String, Value> properties(Map<String, Object> properties) {
        Map<String, Value> values = new LinkedHashMap<>();
        properties.forEach((key, value) -> values.put(key, Values.value(value)));
        return values;
    }
}
