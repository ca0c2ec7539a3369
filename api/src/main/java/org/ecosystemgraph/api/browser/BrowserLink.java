package org.ecosystemgraph.api.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.springframework.stereotype.Component;

/**
 * The address that opens Neo4j Browser already pointed at the graph's Bolt endpoint: {@code dbms} names the server,
 * and without login on localhost {@code preselectAuthMethod=NO_AUTH} makes the Browser connect at once.
 */
@Component
public class BrowserLink {

    private final String path;

    BrowserLink(DatabaseEndpoint database) {
        String dbms = URLEncoder.encode(database.boltUri().toString(), StandardCharsets.UTF_8);
        this.path = "/browser/?dbms=" + dbms + (database.authRequired() ? "" : "&preselectAuthMethod=NO_AUTH");
    }

    public String path() {
        return path;
    }
}
