package org.ecosystemgraph.api.organization;

import java.util.List;
import org.ecosystemgraph.api.consortium.Consortium;
import org.ecosystemgraph.api.source.Source;

/** Membership of an organization in a consortium, with role and sector column as the documents state them. */
public record Membership(
        Organization organization, Consortium consortium, String role, String sectorColumn, List<Source> sources) {}
