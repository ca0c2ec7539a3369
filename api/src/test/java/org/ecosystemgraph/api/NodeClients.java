package org.ecosystemgraph.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node.js clients in {@code e2e/} (other-language drivers and tools, installed from npm with the committed
 * lockfile). Skips the calling test, saying why, on a machine without Node.js.
 */
public final class NodeClients {

    private NodeClients() {}

    /** Runs {@code node <script> <args>} in {@code e2e/} and returns what it printed; fails on a non-zero exit. */
    public static String run(String script, String... args) {
        return run(Map.of(), script, args);
    }

    /** The same with these environment variables: how a password reaches a client without its command line. */
    public static String run(Map<String, String> environment, String script, String... args) {
        Path e2e = e2eFolder();
        assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are not on the PATH; the e2e clients need them");
        if (!Files.isDirectory(e2e.resolve("node_modules"))) {
            exec(e2e, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of());
        }
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return exec(e2e, command, environment);
    }

    /** Skips the calling test, saying why, where Debian's Chromium (or CHROMIUM_PATH) is not installed. */
    public static void assumeChromium() {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assumeTrue(Files.isExecutable(Path.of(chromium)), chromium + " is not installed (apt-get install chromium)");
    }

    private static Path e2eFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("e2e/package.json"))) {
                return dir.resolve("e2e");
            }
        }
        throw new IllegalStateException(
                "No e2e/package.json above " + Path.of("").toAbsolutePath());
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String exec(Path dir, List<String> command, Map<String, String> environment) {
        try {
            var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed in " + dir + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted running " + command, e);
        }
    }
}
