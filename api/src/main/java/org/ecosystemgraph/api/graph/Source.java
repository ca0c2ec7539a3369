package org.ecosystemgraph.api.graph;

/** Where a fact comes from: a document, the excerpt, the lines. The document itself is loaded per request. */
public record Source(String documentId, String excerpt, String location) {}
