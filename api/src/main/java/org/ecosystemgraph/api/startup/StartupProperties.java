package org.ecosystemgraph.api.startup;

import java.time.Duration;
import org.ecosystemgraph.importer.corpus.Corpus;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What {@code ./kg serve} brings into the graph at start ({@code kg.corpus.*}).
 *
 * @param importOnStart whether to load the corpus at all
 * @param location {@code bundled}, or a corpus folder (documents.yaml, documents/, datasets/)
 * @param transactionTimeout how long one document's transaction, or one schema statement, may take: not the API's
 *     short read timeout, since a document of a large corpus takes minutes on a slow machine
 * @param exitOnFailure whether a start that cannot succeed ends the process (with exit code 1)
 */
@ConfigurationProperties("kg.corpus")
public record StartupProperties(
        @DefaultValue("true") boolean importOnStart,
        @DefaultValue(Corpus.BUNDLED) String location,
        @DefaultValue("30m") Duration transactionTimeout,
        @DefaultValue("true") boolean exitOnFailure) {}
