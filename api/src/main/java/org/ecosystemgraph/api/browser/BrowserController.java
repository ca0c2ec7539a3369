package org.ecosystemgraph.api.browser;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.security.OperatorLogin;
import org.ecosystemgraph.database.BoltLogin;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves Neo4j Browser (the static files of the {@code org.neo4j.client:neo4j-browser} jar) at {@code /browser/}.
 * The Browser talks to Bolt directly, over a WebSocket on the Bolt port, and Bolt asks for a login. Opened at
 * {@code /browser}, a page of this application fetches the login, which it is given only as a same-origin request
 * from this machine (no other web page can read it, and the host check stops rebinding), stores it where the Browser
 * keeps its connections and opens the Browser, which then connects at once.
 */
@Controller
@ConditionalOnProperty(name = "kg.browser.enabled", matchIfMissing = true)
class BrowserController {

    private final BrowserLink link;
    private final DatabaseEndpoint database;
    private final BrowserProperties properties;
    private final OperatorLogin operator;

    BrowserController(
            BrowserLink link, DatabaseEndpoint database, BrowserProperties properties, OperatorLogin operator) {
        this.link = link;
        this.database = database;
        this.properties = properties;
        this.operator = operator;
    }

    /** Without a server named, the page that logs the Browser in; with one, the Browser itself. */
    @GetMapping({"/browser", "/browser/"})
    String browser(@RequestParam(name = "dbms", required = false) String dbms) {
        return dbms != null ? "forward:/browser/index.html" : "forward:/browser-login/index.html";
    }

    @GetMapping(value = "/browser/connection", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<BrowserConnection> connection(
            HttpServletRequest request, @RequestHeader(name = "Sec-Fetch-Site", required = false) String site) {
        String guide = guideUrl(request);
        String password = handedOut(request, site).map(BoltLogin::password).orElse(null);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new BrowserConnection(link.playing(guide), link.bolt().toString(), BoltLogin.USER, password));
    }

    /** The generated login, for the application's own page on this machine, unless auto-login is off. */
    private Optional<BoltLogin> handedOut(HttpServletRequest request, String site) {
        return properties.autoLogin() ? operator.handedOut(request, site) : Optional.empty();
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
        return Map.of("bolt_direct", database.boltUri().toString(), "neo4j_edition", "community");
    }

    /**
     * Where the Browser fetches the guide. It plays the guide before it has read the server's allow-list, so only
     * hosts of its built-in one play: on 127.0.0.1 or [::1] the guide is fetched from localhost, which lets this page's
     * origin read it (BrowserResources).
     */
    private static String guideUrl(HttpServletRequest request) {
        var url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/guides/queries.html");
        String host = request.getServerName();
        if (host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1")) {
            url.host("localhost");
        }
        return url.toUriString();
    }
}
