package org.ecosystemgraph.api.startup;

import java.util.concurrent.atomic.AtomicReference;
import org.ecosystemgraph.database.GraphSchema;
import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date once the application has started: applies the schema, then loads the bundled corpus
 * into an empty database. It runs beside the web server, and health stays OUT_OF_SERVICE until it is done; the
 * other commands of {@code ./kg} run without a web server and prepare the graph themselves.
 */
@Component("graph")
@ConditionalOnWebApplication
class GraphInitializer implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

    private enum State {
        STARTING,
        IMPORTING,
        READY,
        FAILED
    }

    private record Progress(State state, String detail) {}

    private final Driver driver;
    private final ApplicationEventPublisher events;
    private final boolean importBundledCorpus;
    private final AtomicReference<Progress> progress =
            new AtomicReference<>(new Progress(State.STARTING, "waiting for the application to start"));

    GraphInitializer(
            Driver driver,
            ApplicationEventPublisher events,
            @Value("${kg.corpus.import-on-start:true}") boolean importBundledCorpus) {
        this.driver = driver;
        this.events = events;
        this.importBundledCorpus = importBundledCorpus;
    }

    @EventListener(ApplicationReadyEvent.class)
    void initializeInBackground() {
        new Thread(this::initialize, "graph-initializer").start();
    }

    private void initialize() {
        try {
            progress.set(new Progress(State.STARTING, "applying the schema"));
            GraphSchema.applyTo(driver);
            String detail = importBundledCorpus ? loadBundledCorpusIfEmpty() : "bundled corpus import switched off";
            progress.set(new Progress(State.READY, detail));
            events.publishEvent(new GraphReadyEvent(detail));
        } catch (RuntimeException e) {
            log.error("The graph could not be initialized", e);
            progress.set(new Progress(State.FAILED, e.getMessage()));
        }
    }

    private String loadBundledCorpusIfEmpty() {
        var importer = new CorpusImporter(driver);
        if (!importer.graphIsEmpty()) {
            return "graph already holds documents; bundled corpus not reloaded";
        }
        progress.set(new Progress(State.IMPORTING, "importing the bundled corpus"));
        var report = importer.load(BundledCorpus.load(), document -> true, log::info);
        return "bundled corpus imported: " + report.documents().size() + " documents";
    }

    @Override
    public Health health() {
        Progress current = progress.get();
        Health.Builder health = switch (current.state()) {
            case READY -> Health.up();
            case FAILED -> Health.down();
            case STARTING, IMPORTING -> Health.outOfService();
        };
        return health.withDetail("state", current.state().name().toLowerCase())
                .withDetail("detail", current.detail())
                .build();
    }
}
