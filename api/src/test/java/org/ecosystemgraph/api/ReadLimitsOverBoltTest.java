package org.ecosystemgraph.api;

import org.springframework.test.context.TestPropertySource;

/** {@link ReadLimitsTest} with the API reading over Bolt, as it does from a Neo4j server or a cluster. */
@TestPropertySource(properties = "kg.graphql.in-process-reads=false")
class ReadLimitsOverBoltTest extends ReadLimitsTest {}
