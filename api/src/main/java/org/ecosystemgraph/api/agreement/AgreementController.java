package org.ecosystemgraph.api.agreement;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.api.graph.Batches;
import org.ecosystemgraph.api.graph.Names;
import org.ecosystemgraph.api.organization.Organization;
import org.ecosystemgraph.api.organization.OrganizationRepository;
import org.ecosystemgraph.api.source.Source;
import org.ecosystemgraph.model.NodeLabel;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Agreements, their parties, clauses, predecessors and sources. */
@Controller
class AgreementController {

    private final AgreementRepository agreements;
    private final OrganizationRepository organizations;
    private final Names names;

    AgreementController(AgreementRepository agreements, OrganizationRepository organizations, Names names) {
        this.agreements = agreements;
        this.organizations = organizations;
        this.names = names;
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
                .orElseGet(
                        () -> Answers.notFound(List.of(), environment, "No organization is known as '" + party + "'"));
    }

    @BatchMapping
    Map<Agreement, List<Organization>> parties(List<Agreement> list) {
        return spread(list, agreements::parties, List.of());
    }

    @BatchMapping
    Map<Agreement, List<Clause>> clauses(List<Agreement> list) {
        return spread(list, agreements::clauses, List.of());
    }

    @BatchMapping
    Map<Agreement, Agreement> predecessor(List<Agreement> list) {
        Map<String, Agreement> loaded = agreements.predecessors(ids(list));
        Map<Agreement, Agreement> result = new LinkedHashMap<>();
        list.forEach(a -> {
            if (loaded.containsKey(a.id())) {
                result.put(a, loaded.get(a.id()));
            }
        });
        return result;
    }

    @BatchMapping
    Map<Agreement, List<Source>> sources(List<Agreement> list) {
        return spread(list, ids -> organizations.sources(NodeLabel.AGREEMENT, ids), List.of());
    }

    private static <T> Map<Agreement, T> spread(
            List<Agreement> list, Function<List<String>, Map<String, T>> load, T none) {
        return Batches.spread(list, Agreement::id, load, none);
    }

    private static List<String> ids(List<Agreement> list) {
        return list.stream().map(Agreement::id).distinct().toList();
    }
}
