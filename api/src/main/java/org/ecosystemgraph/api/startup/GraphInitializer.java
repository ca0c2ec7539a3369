package org.ecosystemgraph.api.startup;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.ecosystemgraph.database.GraphSchema;
import org.ecosystemgraph.importer.corpus.Corpus;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date once the application has started: applies the schema migrations it has not had, then
 * loads every document of the corpus that the graph does not hold as the corpus has it now — all of them into an
 * empty graph, the rest after an interrupted start, none on a restart. Each document is one transaction, so a start
 * stopped or killed at any point leaves whole documents, and the next start completes them. Health stays
 * OUT_OF_SERVICE, and GraphQL answers 503, until the graph is whole.
 *
 * <p>A database that cannot be reached is waited for, with the wait growing to half a minute, saying so; a problem
 * that waiting cannot solve (a broken corpus, a changed schema file) is told in one line, and the process exits 1.
 */
@Component("graph")
@ConditionalOnWebApplication
public class GraphInitializer implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    /** Where the start is; {@code detail} says it in words. */
    public enum State {
        STARTING,
        WAITING_FOR_DATABASE,
        IMPORTING,
        READY,
        FAILED
    }

    /** The state with what it is doing, for health, GraphQL's 503 and the banner. */
    public record Progress(State state, String detail) {}

    private final Driver driver;
    private final ApplicationEventPublisher events;
    private final ApplicationContext context;
    private final StartupProperties properties;
    private final AtomicReference<Progress> progress =
            new AtomicReference<>(new Progress(State.STARTING, "waiting for the application to start"));
    private volatile Thread worker;

    GraphInitializer(
            Driver driver, ApplicationEventPublisher events, ApplicationContext context, StartupProperties properties) {
        this.driver = driver;
        this.events = events;
        this.context = context;
        this.properties = properties;
    }

    public Progress progress() {
        return progress.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void initializeInBackground() {
        worker = new Thread(this::initialize, "graph-initializer");
        worker.start();
    }

    /** Ctrl+C while the corpus loads: the document being written commits or rolls back, and no other begins. */
    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        Thread running = worker;
        if (running != null && running.isAlive() && running != Thread.currentThread()) {
            running.interrupt();
            running.join(Duration.ofSeconds(3).toMillis());
        }
    }

    private void initialize() {
        for (int attempt = 1; ; attempt++) {
            try {
                bringUpToDate();
                return;
            } catch (CancellationException e) {
                log.info("Stopped while loading the corpus: {}", e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                if (!isTransient(e)) {
                    fail(e);
                    return;
                }
                Duration wait = waitBefore(attempt);
                String detail = "the graph database cannot be reached (" + firstLine(e) + "); trying again in "
                        + wait.toSeconds() + " s (attempt " + attempt + ")";
                progress.set(new Progress(State.WAITING_FOR_DATABASE, detail));
                log.warn("{}", detail);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private void bringUpToDate() {
        progress.set(new Progress(State.STARTING, "applying the schema"));
        GraphSchema.applyTo(driver, properties.transactionTimeout());
        if (!properties.importOnStart()) {
            ready("corpus import at start switched off");
            return;
        }
        Corpus corpus = Corpus.at(properties.location());
        var importer = new CorpusImporter(driver, properties.transactionTimeout());
        var pending = importer.pending(corpus);
        int all = corpus.documents().size();
        if (pending.isEmpty()) {
            ready(corpus.location() + " already loaded: " + all + " documents");
            return;
        }
        String what = pending.size() == all
                ? corpus.location() + ": importing " + all + " documents"
                : corpus.location() + ": completing it, " + pending.size() + " of " + all + " documents to load";
        progress.set(new Progress(State.IMPORTING, what));
        log.info("{}", what);
        importer.load(corpus, pending::contains, line -> {
            progress.set(new Progress(State.IMPORTING, what + "; done " + line.strip()));
            log.info(line);
        });
        ready(
                pending.size() == all
                        ? corpus.location() + " imported: " + all + " documents"
                        : corpus.location() + " completed: " + pending.size() + " of " + all + " documents loaded");
    }

    private void ready(String detail) {
        log.info("The graph is ready: {}", detail);
        progress.set(new Progress(State.READY, detail));
        events.publishEvent(new GraphReadyEvent(detail));
    }

    /** One line on why, and what to do; then, unless switched off, the process ends with exit code 1. */
    private void fail(RuntimeException e) {
        String detail = firstLine(e);
        progress.set(new Progress(State.FAILED, detail));
        log.error(
                "ecosystem-graph cannot start: {} — fix it and start again, or start without loading the corpus"
                        + " (--kg.corpus.import-on-start=false).",
                detail);
        log.debug("Why the graph could not be initialized", e);
        if (properties.exitOnFailure()) {
            System.exit(SpringApplication.exit(context, () -> 1));
        }
    }

    private static boolean isTransient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static Duration waitBefore(int attempt) {
        long seconds = 1L << Math.min(attempt - 1, 5);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    /** The first line of the innermost message that says something: what a user reads. */
    private static String firstLine(Throwable e) {
        String message = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
                if (cause instanceof org.ecosystemgraph.importer.dataset.DatasetException) {
                    break;
                }
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\n\\s*", "; ");
    }

    @Override
    public Health health() {
        Progress current = progress.get();
        Health.Builder health = switch (current.state()) {
            case READY -> Health.up();
            case FAILED, WAITING_FOR_DATABASE -> Health.down();
            case STARTING, IMPORTING -> Health.outOfService();
        };
        return health.withDetail("state", current.state().name().toLowerCase())
                .withDetail("detail", current.detail())
                .build();
    }
}
