package org.ecosystemgraph.api.graphql;

import org.springframework.test.context.TestPropertySource;

/** {@link QueryTest} with the API reading over Bolt, as it does from a Neo4j server or a cluster. */
@TestPropertySource(properties = "kg.graphql.in-process-reads=false")
class QueryOverBoltTest extends QueryTest {}
