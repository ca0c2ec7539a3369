package org.ecosystemgraph.api.organization;

import org.ecosystemgraph.model.Sector;

/** The conditions of {@code organizations(filter:)}; all given ones must hold. */
public record OrganizationFilter(
        Sector sector,
        String kind,
        String supportFunction,
        String memberOf,
        String nameContains,
        String prefecture,
        String city,
        String place) {}
