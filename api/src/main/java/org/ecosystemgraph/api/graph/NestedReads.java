package org.ecosystemgraph.api.graph;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Record;

/**
 * Lists asked for below a root field that the root's own statement can read, as the Neo4j GraphQL Library compiles a
 * request into one statement: {@code organization { memberships { consortium { members } } } } is then one statement,
 * not three. What is read is handed to the lists' batch loaders before they are asked, so that their fields find it
 * loaded; anything the plan does not cover is loaded by them as usual.
 */
public interface NestedReads {

    /**
     * What to read beside the root field of this environment, whose value is bound to {@code variable} and has the
     * GraphQL type {@code type} (Organization or Consortium).
     */
    Plan plan(DataFetchingEnvironment environment, String type, String variable);

    /** The nested part of one root statement. */
    interface Plan {

        /** Columns to append to the root statement's {@code RETURN}: {@code , COLLECT { … } AS …}, or nothing. */
        String columns();

        /** Hands what the root statement's row read to the loaders of the lists it holds. */
        void load(Record row);
    }
}
