package org.ecosystemgraph.database;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Sessions that follow one another causally. Every session opened here, and every transaction of the API, shares
 * the driver's bookmark manager, so a read that starts after a write has committed sees that write, even on a
 * cluster whose readers lag behind the leader. On a single server it costs nothing.
 */
public final class CausalSessions {

    private CausalSessions() {}

    public static Session open(Driver driver) {
        return driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager())
                .build());
    }
}
