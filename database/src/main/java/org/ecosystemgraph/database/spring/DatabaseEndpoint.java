package org.ecosystemgraph.database.spring;

import java.net.URI;

/**
 * Where the graph is, for people and tools outside the application: Neo4j Browser, cypher-shell, drivers in other
 * languages.
 *
 * @param boltUri the URI drivers connect to
 * @param embedded whether the application runs the database itself
 * @param authRequired whether clients must log in
 */
public record DatabaseEndpoint(URI boltUri, boolean embedded, boolean authRequired) {}
