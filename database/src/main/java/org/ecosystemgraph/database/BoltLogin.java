package org.ecosystemgraph.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The login of user {@code neo4j} on the embedded Neo4j, which always asks for one: without it, any process on this
 * machine and any web page open in its browser (Bolt speaks WebSocket to every origin) could write to the graph.
 * Unless the operator chooses the password, the first start generates one and keeps it beside the store in a file
 * only its owner may read, where {@code ./kg} commands and the application find it.
 *
 * @param password the password of user {@code neo4j}
 * @param chosen whether the operator chose it (then it is never written to disk)
 */
public record BoltLogin(String password, boolean chosen) {

    public static final String USER = "neo4j";

    /** The file beside the store that holds a generated password. */
    public static final String FILE = "bolt-password";

    private static final SecureRandom RANDOM = new SecureRandom();

    public AuthToken authToken() {
        return AuthTokens.basic(USER, password);
    }

    @Override
    public String toString() {
        return "BoltLogin[user=" + USER + ", chosen=" + chosen + "]";
    }

    /** The generated password kept beside the store in {@code dataDir}, if a start has generated one. */
    public static Optional<BoltLogin> kept(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new BoltLogin(Files.readString(file, StandardCharsets.UTF_8).strip(), false));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Bolt password in " + file, e);
        }
    }

    /** The operator's password, or the one kept beside the store, or a new one that is then kept there. */
    static BoltLogin forStore(Path home, String chosen) {
        if (chosen != null) {
            // A kept password no longer opens the store once the operator's has replaced it.
            delete(home.resolve(FILE));
            return new BoltLogin(chosen, true);
        }
        return kept(home).orElseGet(() -> keep(home, generate()));
    }

    /** Whether Neo4j has created its system database (and with it the users) in this home yet. */
    static boolean isNewStore(Path home) {
        return !Files.isDirectory(home.resolve("data/databases/system"));
    }

    /** Sets the password a new store's user {@code neo4j} starts with, before Bolt listens for anyone. */
    void setInitialPassword(Path home) {
        var said = new ByteArrayOutputStream();
        var output = new PrintStream(said, true, StandardCharsets.UTF_8);
        var context =
                new ExecutionContext(home, home.resolve("conf"), output, output, new DefaultFileSystemAbstraction());
        // After "--" a password that starts with "-" is not taken for an option.
        int exit = new CommandLine(new SetInitialPasswordCommand(context)).execute("--", password);
        if (exit != 0) {
            throw new IllegalStateException("Cannot set the initial password of user neo4j in " + home + ": "
                    + said.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static BoltLogin keep(Path home, String password) {
        Path file = home.resolve(FILE);
        try {
            Files.createDirectories(home);
            if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            return kept(home).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Bolt password in " + file, e);
        }
        return new BoltLogin(password, false);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the outdated Bolt password " + file, e);
        }
    }
}
