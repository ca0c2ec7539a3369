package org.ecosystemgraph.cli;

import java.nio.file.Path;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.EmbeddedNeo4jSettings;

/** A process that holds a store as a running {@code ./kg serve} would, until its standard input closes. */
public final class StoreHolder {

    private StoreHolder() {}

    public static void main(String[] args) throws Exception {
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(Path.of(args[0])))) {
            System.out.println("holding " + neo4j.boltUri());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holds until the test closes the pipe.
            }
        }
    }
}
