package org.ecosystemgraph.api.activity;

/** A facility an organization operates; its sources are loaded when asked for. */
record Facility(String id, String name, String kind, String address, String description) {}
