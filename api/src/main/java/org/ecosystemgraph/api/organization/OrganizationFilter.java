package org.ecosystemgraph.api.organization;

import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.Sector;

/** The conditions of {@code organizations(filter:)}; all given ones must hold. */
public record OrganizationFilter(
        Sector sector,
        OrganizationKind kind,
        String supportFunction,
        String memberOf,
        String nameContains,
        String prefecture,
        String city,
        String place) {}
