package org.ecosystemgraph.api.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ecosystemgraph.database.BoltLogin;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.springframework.stereotype.Component;

/**
 * The address that opens Neo4j Browser pointed at the graph's Bolt endpoint as user {@code neo4j}, with the password
 * form preselected, playing a guide.
 */
@Component
class BrowserLink {

    private final URI bolt;

    BrowserLink(DatabaseEndpoint database) {
        this.bolt = database.boltUri();
    }

    /** Bolt as the Browser names a server it logs in to: {@code bolt://neo4j@127.0.0.1:7687}. */
    String dbms() {
        return bolt.getScheme() + "://" + BoltLogin.USER + "@" + bolt.getRawAuthority();
    }

    String playing(String guide) {
        return "/browser/?dbms=" + encoded(dbms()) + "&preselectAuthMethod=NATIVE&cmd=play&arg=" + encoded(guide);
    }

    URI bolt() {
        return bolt;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
