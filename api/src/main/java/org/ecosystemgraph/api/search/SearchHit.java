package org.ecosystemgraph.api.search;

import java.util.List;

/** A search result: any named node of the graph. */
record SearchHit(String id, String name, List<String> labels, double score) {}
