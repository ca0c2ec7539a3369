package org.ecosystemgraph.api.security;

/**
 * What each kind of page may load and run. The explorer and the API need nothing but their own files; Neo4j Browser
 * and GraphiQL are other projects' pages, allowed what they need and no more.
 */
enum ContentSecurityPolicy {

    /** The explorer, the guide, the API: scripts, styles and requests of this server only, no inline code. */
    OWN("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),

    /**
     * Neo4j Browser: its styles are set inline, and it talks to the server it is told of (the embedded one, or any
     * other the user types): Bolt over a WebSocket, discovery over HTTP, guides from where {@code :play} points. Its
     * fonts, surveys and usage reports from other sites stay blocked.
     */
    BROWSER("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
            + " font-src 'self' data:; connect-src 'self' ws: wss: http: https:; worker-src 'self' blob:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"),

    /** GraphiQL, from this server's WebJars: its editor sets styles inline and draws icons from data URIs. */
    GRAPHIQL("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'");

    private final String header;

    ContentSecurityPolicy(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    static ContentSecurityPolicy of(String path) {
        if (path.equals("/browser") || path.startsWith("/browser/")) {
            return BROWSER;
        }
        if (path.equals("/graphiql") || path.startsWith("/graphiql/")) {
            return GRAPHIQL;
        }
        return OWN;
    }
}
