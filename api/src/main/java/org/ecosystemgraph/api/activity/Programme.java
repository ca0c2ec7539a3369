package org.ecosystemgraph.api.activity;

/** A programme, project or scheme; its sources are loaded when asked for. */
record Programme(String id, String name, String kind, String description) {}
