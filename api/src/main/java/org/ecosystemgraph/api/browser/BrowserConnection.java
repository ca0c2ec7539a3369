package org.ecosystemgraph.api.browser;

/**
 * What the application's Browser page needs to open Neo4j Browser connected.
 *
 * @param browser where to open the Browser
 * @param bolt the Bolt address it connects to
 * @param username the user it logs in as
 * @param password the password, handed only to this application's own page on this machine; null otherwise, and the
 *     Browser asks for it
 */
record BrowserConnection(String browser, String bolt, String username, String password) {}
