package org.ecosystemgraph.api.consortium;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
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

    ConsortiumController(
            ConsortiumRepository consortia,
            Provenance provenance,
            Names names,
            BatchLoaderRegistry loaders,
            NodeTypes nodes) {
        this.consortia = consortia;
        this.provenance = provenance;
        this.names = names;
        nodes.register("Consortium", consortia::byId);
        loaders.<ConsortiumRepository.MembersKey, List<Membership>>forName("consortiumMembers")
                .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(
                        () -> consortia.members(keys, OrganizationFields.of(environment.getContext()))));
    }

    @QueryMapping
    DataFetcherResult<Consortium> consortium(@Argument String name, DataFetchingEnvironment environment) {
        return consortia
                .named(name, OrganizationFields.of(environment.getGraphQlContext()))
                .map(Answers::of)
                .orElseGet(() -> names.noConsortium(environment, name));
    }

    /** Members of many consortia, at one date or today, are loaded with one query per request. */
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

    @BatchMapping(typeName = "Organization")
    Map<Organization, List<Membership>> memberships(List<Organization> list, GraphQLContext context) {
        var fields = OrganizationFields.of(context);
        return Batches.spread(list, Organization::id, ids -> consortia.ofOrganizations(ids, fields), List.of());
    }
}
