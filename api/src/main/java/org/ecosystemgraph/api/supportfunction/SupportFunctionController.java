package org.ecosystemgraph.api.supportfunction;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.api.graphql.Batches;
import org.ecosystemgraph.api.names.Names;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The support-function taxonomy, who provides each function (narrower functions count), and what each body offers. */
@Controller
class SupportFunctionController {

    static final int DEFAULT_PROVIDERS = 100;
    static final int MAX_PROVIDERS = 1000;

    private final SupportFunctionRepository functions;
    private final Names names;

    SupportFunctionController(SupportFunctionRepository functions, Names names) {
        this.functions = functions;
        this.names = names;
    }

    @QueryMapping
    List<SupportFunction> supportFunctions() {
        return functions.all();
    }

    @QueryMapping
    DataFetcherResult<List<Organization>> supportProviders(
            @Argument String function,
            @Argument String place,
            @Argument Integer limit,
            DataFetchingEnvironment environment) {
        int size = limit == null ? DEFAULT_PROVIDERS : limit;
        if (size < 1 || size > MAX_PROVIDERS) {
            return Answers.badInput(environment, "limit must be 1 to " + MAX_PROVIDERS);
        }
        var code = names.supportFunction(function);
        if (code.isEmpty()) {
            return names.noSupportFunction(environment, function);
        }
        var placeId = names.place(place);
        if (place != null && placeId.isEmpty()) {
            return names.noPlace(environment, place);
        }
        return Answers.of(functions.providers(
                code.get(), placeId.orElse(null), size, OrganizationFields.of(environment.getGraphQlContext())));
    }

    @BatchMapping
    Map<SupportFunction, List<Organization>> providers(List<SupportFunction> list, GraphQLContext context) {
        var fields = OrganizationFields.of(context);
        return Batches.spread(
                list, SupportFunction::code, codes -> functions.providersByCode(codes, fields), List.of());
    }

    @BatchMapping
    Map<SupportFunction, SupportFunction> broader(List<SupportFunction> list) {
        Map<String, SupportFunction> all = new LinkedHashMap<>();
        functions.all().forEach(f -> all.put(f.code(), f));
        Map<SupportFunction, SupportFunction> result = new LinkedHashMap<>();
        list.forEach(f -> {
            if (f.broaderCode() != null) {
                result.put(f, all.get(f.broaderCode()));
            }
        });
        return result;
    }

    @BatchMapping(typeName = "Organization")
    Map<Organization, List<SupportFunction>> supportFunctions(List<Organization> list) {
        return Batches.spread(list, Organization::id, functions::ofOrganizations, List.of());
    }

    @BatchMapping(typeName = "Organization")
    Map<Organization, List<ProvidedSupport>> support(List<Organization> list) {
        return Batches.spread(list, Organization::id, functions::supportOf, List.of());
    }
}
