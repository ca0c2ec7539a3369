package org.ecosystemgraph.api.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves Neo4j Browser (the static files of the {@code org.neo4j.client:neo4j-browser} jar) at {@code /browser/}.
 * The Browser talks to Bolt directly, over a WebSocket on the Bolt port; this application only hands out the files
 * and tells it where Bolt is.
 */
@Controller
class BrowserController {

    private final BrowserLink link;
    private final DatabaseEndpoint database;

    BrowserController(BrowserLink link, DatabaseEndpoint database) {
        this.link = link;
        this.database = database;
    }

    /**
     * Opened without a server to connect to, the Browser is sent to the link that names ours and plays the guide of
     * the query library, served from the address the Browser was opened at.
     */
    @GetMapping({"/browser", "/browser/"})
    String browser(@RequestParam(name = "dbms", required = false) String dbms) {
        if (dbms != null) {
            return "forward:/browser/index.html";
        }
        String guide = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/guides/queries.html")
                .toUriString();
        return "redirect:" + link.path() + "&cmd=play&arg=" + URLEncoder.encode(guide, StandardCharsets.UTF_8);
    }

    /** People get the explorer; Neo4j Browser, asking for JSON, gets the discovery document below. */
    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String explorer() {
        return "forward:/index.html";
    }

    /** Neo4j's discovery document: the Browser asks the root of its origin for the Bolt address. */
    @GetMapping(value = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> discovery() {
        return Map.of(
                "bolt_direct", database.boltUri().toString(),
                "neo4j_version", "5.26",
                "neo4j_edition", "community");
    }
}
