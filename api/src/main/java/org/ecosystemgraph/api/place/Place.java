package org.ecosystemgraph.api.place;

/** A place, with the id of the place it lies within and how many organizations are located in or below it. */
record Place(String id, String name, String kind, String withinId, int organizationCount) {}
