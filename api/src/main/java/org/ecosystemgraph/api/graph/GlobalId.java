package org.ecosystemgraph.api.graph;

import graphql.relay.Relay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Relay global id: the GraphQL type and the graph id of a node, in graphql-java's encoding (Base64 of
 * {@code Type:id}), unique across types, so that Relay and Apollo can normalise their caches by it. Arguments that take
 * an id take either form: a global id, or the graph id that Cypher and the command line know.
 */
public record GlobalId(String type, String id) {

    private static final Relay RELAY = new Relay();
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z]+");

    /** The GraphQL types that implement {@code Node}. */
    public static final List<String> NODE_TYPES =
            List.of("Organization", "Consortium", "Agreement", "Programme", "Facility", "Place", "Document");

    /** The GraphQL type a node of these labels is shown as where a field may hold several types. */
    private static final List<String> TYPES_BY_LABEL =
            List.of("Organization", "Agreement", "Programme", "Facility", "Place", "Document");

    public String encoded() {
        return RELAY.toGlobalId(type, id);
    }

    public static String of(String type, String id) {
        return new GlobalId(type, id).encoded();
    }

    /** The global id of a node of a path, neighbourhood or search hit, typed by its labels. */
    public static String ofLabels(List<?> labels, String id) {
        String type = TYPES_BY_LABEL.stream()
                .filter(labels::contains)
                .findFirst()
                .orElse(labels.get(0).toString());
        return of(type, id);
    }

    /** The type and graph id a text names, if it is a global id. */
    public static Optional<GlobalId> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            var resolved = RELAY.fromGlobalId(text);
            return TYPE_NAME.matcher(resolved.getType()).matches()
                            && !resolved.getId().isEmpty()
                    ? Optional.of(new GlobalId(resolved.getType(), resolved.getId()))
                    : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The graph id a global id names, or the text itself: a name, or a graph id already. */
    public static String graphId(String text) {
        return decode(text).map(GlobalId::id).orElse(text);
    }
}
