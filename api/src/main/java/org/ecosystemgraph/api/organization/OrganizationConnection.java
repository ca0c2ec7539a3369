package org.ecosystemgraph.api.organization;

import java.util.List;
import org.ecosystemgraph.api.graph.Organization;

/** A page of organizations, Relay style. */
record OrganizationConnection(List<Edge> edges, PageInfo pageInfo, int totalCount) {

    record Edge(String cursor, Organization node) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
}
