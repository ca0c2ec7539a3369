package org.ecosystemgraph.api.partner;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.api.names.Names;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Partner suggestions for a coordinator. The score adds up:
 *
 * <ul>
 *   <li>3 for each need met: the organization provides the needed support function (or a narrower one), or works in
 *       the needed field;
 *   <li>1 for each consortium both belong to, and for each agreement both are party to;
 *   <li>1 for a direct tie (part of, spin-off, investment, collaboration, support);
 *   <li>0.5 for being located in the same place.
 * </ul>
 *
 * With needs given, only organizations that meet at least one are suggested; a place or consortium keeps only those
 * located there or belonging to it. Ties are broken by name.
 */
@Controller
class PartnerController {

    static final int MAX_LIMIT = 50;
    static final int MAX_NEEDS = 20;

    private final PartnerRepository partners;
    private final Names names;

    PartnerController(PartnerRepository partners, Names names) {
        this.partners = partners;
        this.names = names;
    }

    @QueryMapping
    DataFetcherResult<List<PartnerSuggestion>> partners(
            @Argument("for") String organization,
            @Argument List<String> needs,
            @Argument String place,
            @Argument String memberOf,
            @Argument Integer limit,
            DataFetchingEnvironment environment) {
        int size = limit == null ? 10 : limit;
        if (needs != null && needs.size() > MAX_NEEDS) {
            return Answers.badInput(environment, "needs takes at most " + MAX_NEEDS + " support functions or fields");
        }
        if (size < 1 || size > MAX_LIMIT) {
            return Answers.badInput(environment, "limit must be 1 to " + MAX_LIMIT);
        }
        var id = names.organization(organization);
        if (id.isEmpty()) {
            return names.noOrganization(environment, organization);
        }
        var placeId = names.place(place);
        if (place != null && placeId.isEmpty()) {
            return names.noPlace(environment, place);
        }
        var consortium = names.organization(memberOf);
        if (memberOf != null && consortium.isEmpty()) {
            return names.noConsortium(environment, memberOf);
        }
        List<String> functions = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String need : needs == null ? List.<String>of() : needs) {
            var function = names.supportFunction(need);
            var matchingFields = names.fields(need);
            function.ifPresent(functions::add);
            fields.addAll(matchingFields);
            if (function.isEmpty() && matchingFields.isEmpty()) {
                unknown.add(need);
            }
        }
        if (!unknown.isEmpty()) {
            return Answers.notFound(
                    environment,
                    "No support function or field is known as "
                            + String.join(
                                    ", ",
                                    unknown.stream().map(n -> "'" + n + "'").toList()),
                    List.of());
        }
        List<PartnerSuggestion> suggestions = partners.suggestions(
                new PartnerRepository.Request(
                        id.get(), functions, fields, placeId.orElse(null), consortium.orElse(null), size),
                OrganizationFields.of(environment.getGraphQlContext()));
        return Answers.of(suggestions);
    }
}
