package org.ecosystemgraph.api.organization;

/** An organization's place in the organization network, as {@code ./kg analyze} stored it. */
record NetworkMeasures(
        int degree,
        double betweenness,
        int community,
        int coordinator,
        int itinerant,
        int gatekeeper,
        int representative,
        int liaison,
        String computedOn,
        String asOf) {}
