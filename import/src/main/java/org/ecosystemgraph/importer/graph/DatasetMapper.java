package org.ecosystemgraph.importer.graph;

import java.util.List;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * Turns a dataset into the nodes and relationships it states, checking as it goes: required fields, codes, quotes
 * against the document's text, and that every name and id it refers to is defined. All problems are collected, each
 * with the path of the record and field, so that one run shows them all. Each family of records has its own mapper;
 * they share one {@link Mapping} per dataset.
 */
public final class DatasetMapper {

    /** A node of another document that this one refers to, to be found in the graph before writing. */
    public record Reference(NodeLabel label, String id, String where) {}

    /** The outcome: the batch when there are no problems. */
    public record Result(GraphBatch batch, List<String> problems, List<Reference> references) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final SupportFunctionTaxonomy functions;
    private final OrganizationResolver organizations;

    public DatasetMapper(SupportFunctionTaxonomy functions, OrganizationResolver organizations) {
        this.functions = functions;
        this.organizations = organizations;
    }

    public Result map(Dataset dataset, DocumentText text) {
        var mapping = new Mapping(dataset, text, functions, organizations);
        // Places and fields first, then organizations: the records after them refer to all three.
        PlaceAndFieldRecords.places(mapping);
        PlaceAndFieldRecords.fields(mapping);
        OrganizationRecords.organizations(mapping);
        OrganizationRecords.memberships(mapping);
        OrganizationRecords.provides(mapping);
        OrganizationRecords.relations(mapping);
        ActivityRecords.programmes(mapping);
        ActivityRecords.facilities(mapping);
        AgreementRecords.agreements(mapping);
        PlanRecords.plans(mapping);
        PlaceAndFieldRecords.fieldLinks(mapping);
        mapping.batch.addReadings();
        return mapping.result();
    }
}
