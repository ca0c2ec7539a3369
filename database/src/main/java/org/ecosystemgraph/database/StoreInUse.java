package org.ecosystemgraph.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A store directory held by a running process. A process that starts the embedded Neo4j leaves a note beside the
 * store saying who it is and where its Bolt listens, and removes it when it stops; another process that finds the note
 * of a live process knows that the store is taken and can say where to reach it instead.
 */
public final class StoreInUse extends RuntimeException {

    static final String NOTE = "in-use.properties";

    private final Path dataDir;
    private final long pid;
    private final URI boltUri;

    StoreInUse(Path dataDir, long pid, URI boltUri) {
        super("The store in " + dataDir + " is in use by process " + pid + ", which serves it over Bolt at " + boltUri);
        this.dataDir = dataDir;
        this.pid = pid;
        this.boltUri = boltUri;
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return pid;
    }

    /** Where the process that holds the store serves it over Bolt. */
    public URI boltUri() {
        return boltUri;
    }

    /** The process that holds this store, if another live process does. */
    public static Optional<StoreInUse> of(Path dataDir) {
        Path note = dataDir.resolve(NOTE);
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            properties.load(in);
            long pid = Long.parseLong(properties.getProperty("pid", "-1"));
            URI bolt = URI.create(properties.getProperty("bolt", ""));
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive || pid == ProcessHandle.current().pid()) {
                return Optional.empty();
            }
            return Optional.of(new StoreInUse(dataDir, pid, bolt));
        } catch (IOException | IllegalArgumentException e) {
            // A note half written or left by a crash names no live process.
            return Optional.empty();
        }
    }

    /** Leaves the note of this process beside the store. */
    static void claim(Path dataDir, URI boltUri) {
        var properties = new Properties();
        properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        properties.setProperty("bolt", boltUri.toString());
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(NOTE), StandardCharsets.UTF_8)) {
            properties.store(out, "The process that runs this store's embedded Neo4j");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDir.resolve(NOTE), e);
        }
    }

    static void release(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NOTE));
        } catch (IOException e) {
            // The next process reads a note of a dead process as no note.
        }
    }
}
