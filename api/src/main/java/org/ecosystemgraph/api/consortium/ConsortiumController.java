package org.ecosystemgraph.api.consortium;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
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
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Consortia by any of their names, with their members by role and sector column; each organization's memberships. */
@Controller
class ConsortiumController {

    private final ConsortiumRepository consortia;
    private final Provenance provenance;
    private final Names names;
    private final NestedReads nested;

    ConsortiumController(
            ConsortiumRepository consortia,
            Provenance provenance,
            Names names,
            NestedReads nested,
            BatchLoaderRegistry loaders,
            NodeTypes nodes) {
        this.consortia = consortia;
        this.provenance = provenance;
        this.names = names;
        this.nested = nested;
        nodes.register("Consortium", consortia::byId);
        loaders.<ConsortiumRepository.MembersKey, List<Membership>>forName(MembershipReads.MEMBERS)
                .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
                        () -> consortia.members(keys, OrganizationFields.of(environment.getContext()))));
        loaders.<String, List<Membership>>forName(MembershipReads.MEMBERSHIPS)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() ->
                        consortia.ofOrganizations(List.copyOf(ids), OrganizationFields.of(environment.getContext()))));
    }

    @QueryMapping
    DataFetcherResult<Consortium> consortium(@Argument String name, DataFetchingEnvironment environment) {
        return consortia
                .named(
                        name,
                        OrganizationFields.of(environment.getGraphQlContext()),
                        nested.plan(environment, "Consortium", "c"))
                .map(Answers::of)
                .orElseGet(() -> names.noConsortium(environment, name));
    }

    /** Members of many consortia, at one date or today, are loaded with one query per request, unless read above. */
    @SchemaMapping
    CompletableFuture<List<Membership>> members(
            Consortium consortium,
            @Argument String asOf,
            DataLoader<ConsortiumRepository.MembersKey, List<Membership>> consortiumMembers) {
        return consortiumMembers.load(new ConsortiumRepository.MembersKey(consortium.id(), asOf));
    }

    @BatchMapping
    Map<Consortium, List<Source>> sources(List<Consortium> list) {
        return Batches.spread(list, Consortium::id, ids -> provenance.sources(NodeLabel.ORGANIZATION, ids), List.of());
    }

    /** The memberships of many organizations are loaded with one query per request, unless their parent read them. */
    @SchemaMapping(typeName = "Organization")
    CompletableFuture<List<Membership>> memberships(
            Organization organization, DataLoader<String, List<Membership>> organizationMemberships) {
        return organizationMemberships.load(organization.id()).thenApply(list -> list == null ? List.of() : list);
    }
}
