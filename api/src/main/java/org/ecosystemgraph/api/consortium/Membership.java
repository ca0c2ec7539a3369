package org.ecosystemgraph.api.consortium;

import java.util.List;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graph.Source;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Membership of an organization in a consortium, with role and sector column as the documents state them; its sources
 * are empty when the request did not ask for them ({@link org.ecosystemgraph.api.graph.OrganizationFields}).
 */
record Membership(
        Organization organization, Consortium consortium, String role, String sectorColumn, List<Source> sources) {

    /** The membership from a record holding the member {@code o}, the consortium {@code c} and the MEMBER_OF {@code m}. */
    static Membership of(Record record) {
        return of(record.get("o"), Consortium.of(record.get("c")), record.get("m"));
    }

    /** The membership of member {@code o} in {@code consortium} by the MEMBER_OF {@code m}, each a projection. */
    static Membership of(Value o, Consortium consortium, Value m) {
        return new Membership(
                GraphRecords.organization(o),
                consortium,
                GraphRecords.string(m.get("role")),
                GraphRecords.string(m.get("sectorColumn")),
                GraphRecords.relationshipSources(m));
    }
}
