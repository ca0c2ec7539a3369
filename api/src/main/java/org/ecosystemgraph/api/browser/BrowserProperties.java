package org.ecosystemgraph.api.browser;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether {@code /browser} serves Neo4j Browser (off in the production profile)
 * @param autoLogin whether the application's own Browser page, opened on this machine, is handed the embedded store's
 *     generated password so that it connects at once
 */
@ConfigurationProperties("kg.browser")
record BrowserProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean autoLogin) {}
