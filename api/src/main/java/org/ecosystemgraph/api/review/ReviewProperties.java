package org.ecosystemgraph.api.review;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether {@code /review/} takes new documents (off in the production profile)
 * @param folder the corpus folder reviewed documents go to; by default {@code review/} beside the embedded store, or
 *     {@code data/review} with an external database
 * @param autoLogin whether the page, opened on this machine, is handed the embedded store's generated password
 */
@ConfigurationProperties("kg.review")
record ReviewProperties(
        @DefaultValue("true") boolean enabled,
        Path folder,
        @DefaultValue("true") boolean autoLogin) {}
