package org.ecosystemgraph.api.agreement;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.springframework.stereotype.Controller;

/** Agreements, their parties, clauses, predecessors and sources, and the agreements of each organization. */
@Controller
class AgreementController {

    private final AgreementRepository agreements;
    private final Provenance provenance;
    private final Names names;

    AgreementController(AgreementRepository agreements, Provenance provenance, Names names, NodeTypes nodes) {
        this.agreements = agreements;
        this.provenance = provenance;
        this.names = names;
        nodes.register("Agreement", agreements::byId);
    }

    @QueryMapping
    DataFetcherResult<List<Agreement>> agreements(
            @Argument String party, @Argument LocalDate asOf, DataFetchingEnvironment environment) {
        String day = asOf == null ? null : asOf.toString();
        if (party == null) {
            return Answers.of(agreements.all(null, day));
        }
        return names.organization(party)
                .map(id -> Answers.of(agreements.all(id, day)))
                .orElseGet(() -> names.noOrganization(environment, party));
    }

    @BatchMapping(typeName = "Organization", field = "agreements")
    Map<Organization, List<Agreement>> agreementsOf(List<Organization> list) {
        return Batches.spread(list, Organization::id, agreements::ofOrganizations, List.of());
    }

    @BatchMapping
    Map<Agreement, List<Organization>> parties(List<Agreement> list, GraphQLContext context) {
        var fields = OrganizationFields.of(context);
        return spread(list, ids -> agreements.parties(ids, fields), List.of());
    }

    @BatchMapping
    Map<Agreement, List<Clause>> clauses(List<Agreement> list) {
        return spread(list, agreements::clauses, List.of());
    }

    @BatchMapping
    Map<Agreement, Agreement> predecessor(List<Agreement> list) {
        return Batches.spreadPresent(list, Agreement::id, agreements::predecessors);
    }

    @BatchMapping
    Map<Agreement, List<Source>> sources(List<Agreement> list) {
        return spread(list, ids -> provenance.sources(NodeLabel.AGREEMENT, ids), List.of());
    }

    private static <T> Map<Agreement, T> spread(
            List<Agreement> list, Function<List<String>, Map<String, T>> load, T none) {
        return Batches.spread(list, Agreement::id, load, none);
    }
}
