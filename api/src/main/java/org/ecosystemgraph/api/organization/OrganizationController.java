package org.ecosystemgraph.api.organization;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.graph.NestedReads;
import org.ecosystemgraph.api.graph.NodeTypes;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.ecosystemgraph.api.graph.Provenance;
import org.ecosystemgraph.api.graph.Source;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.api.graphql.Batches;
import org.ecosystemgraph.api.names.Names;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.OrganizationNames;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The Organization type: look-up by any name, filtered pages, its sources and network measures. What hangs off an
 * organization is mapped by the feature it leads to (memberships by consortia, programmes by activities …).
 */
@Controller
class OrganizationController {

    static final int MAX_PAGE = 100;

    private final OrganizationRepository organizations;
    private final Provenance provenance;
    private final Names names;
    private final NestedReads nested;

    OrganizationController(
            OrganizationRepository organizations,
            Provenance provenance,
            Names names,
            NestedReads nested,
            NodeTypes nodes) {
        this.organizations = organizations;
        this.provenance = provenance;
        this.names = names;
        this.nested = nested;
        nodes.register("Organization", organizations::byId);
    }

    @QueryMapping
    DataFetcherResult<Organization> organization(
            @Argument String id, @Argument String name, DataFetchingEnvironment environment) {
        String wanted = id != null ? id : name;
        if (wanted == null) {
            return Answers.badInput(environment, "Give the organization's id or name");
        }
        return organizations
                .named(
                        wanted,
                        OrganizationFields.of(environment.getGraphQlContext()),
                        nested.plan(environment, "Organization", "o"))
                .map(Answers::of)
                .orElseGet(() -> names.noOrganization(environment, wanted));
    }

    @QueryMapping
    DataFetcherResult<OrganizationConnection> organizations(
            @Argument OrganizationFilter filter,
            @Argument Integer first,
            @Argument String after,
            @Argument Integer last,
            @Argument String before,
            DataFetchingEnvironment environment) {
        if (first != null && last != null) {
            return Answers.badInput(environment, "Give first (with after) or last (with before), not both");
        }
        boolean fromEnd = last != null;
        int size = fromEnd ? last : first == null ? 20 : first;
        if (size < 0 || size > MAX_PAGE) {
            return Answers.badInput(environment, (fromEnd ? "last" : "first") + " must be between 0 and " + MAX_PAGE);
        }
        Map<String, Object> conditions = new HashMap<>();
        var f = filter == null ? new OrganizationFilter(null, null, null, null, null, null, null, null) : filter;
        conditions.put("sector", f.sector() == null ? null : f.sector().name());
        conditions.put("kind", f.kind() == null ? null : f.kind().name());
        conditions.put("nameContains", f.nameContains() == null ? null : OrganizationNames.clean(f.nameContains()));
        Map<String, String> placeFilters = new HashMap<>();
        placeFilters.put("prefecture", f.prefecture());
        placeFilters.put("city", f.city());
        placeFilters.put("place", f.place());
        for (var place : placeFilters.entrySet()) {
            if (place.getValue() != null) {
                var id = names.place(place.getValue());
                if (id.isEmpty()) {
                    return names.noPlace(environment, place.getValue());
                }
                conditions.put(place.getKey(), id.get());
            }
        }
        if (f.supportFunction() != null) {
            var code = names.supportFunction(f.supportFunction());
            if (code.isEmpty()) {
                return names.noSupportFunction(environment, f.supportFunction());
            }
            conditions.put("function", code.get());
        }
        if (f.memberOf() != null) {
            var consortium = names.organization(f.memberOf());
            if (consortium.isEmpty()) {
                return names.noConsortium(environment, f.memberOf());
            }
            conditions.put("consortium", consortium.get());
        }
        Optional<String> from = after == null || after.isEmpty() ? Optional.of("") : decode(after);
        if (from.isEmpty()) {
            return Answers.badInput(environment, "after '" + after + "' is not a cursor of this list (endCursor)");
        }
        Optional<String> to = before == null || before.isEmpty() ? Optional.of("") : decode(before);
        if (to.isEmpty()) {
            return Answers.badInput(environment, "before '" + before + "' is not a cursor of this list (startCursor)");
        }
        var page = organizations.filtered(
                conditions,
                new OrganizationRepository.Window(from.get(), to.get(), size, fromEnd),
                OrganizationFields.of(environment.getGraphQlContext()));
        List<OrganizationConnection.Edge> edges = page.organizations().stream()
                .map(o -> new OrganizationConnection.Edge(encode(o.id()), o))
                .toList();
        return Answers.of(new OrganizationConnection(
                edges,
                new OrganizationConnection.PageInfo(
                        page.hasNext(),
                        page.hasPrevious(),
                        edges.isEmpty() ? null : edges.get(0).cursor(),
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                page.total()));
    }

    @BatchMapping
    Map<Organization, List<Source>> sources(List<Organization> list) {
        return Batches.spread(
                list, Organization::id, ids -> provenance.sources(NodeLabel.ORGANIZATION, ids), List.of());
    }

    @BatchMapping
    Map<Organization, NetworkMeasures> network(List<Organization> list) {
        return Batches.spreadPresent(list, Organization::id, organizations::networkMeasures);
    }

    /** A cursor names an organization of the list: opaque to clients, checked when it comes back. */
    private static final String CURSOR = "organization:";

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return decoded.startsWith(CURSOR) ? Optional.of(decoded.substring(CURSOR.length())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
