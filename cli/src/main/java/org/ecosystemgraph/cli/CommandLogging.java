package org.ecosystemgraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging of the commands that run without the web application, which would otherwise get Logback's default of
 * everything at debug level: warnings and errors only, one line each on standard error. A command's own output is
 * what it prints, not its log. The web application ({@code serve}, {@code bench}) configures its logging itself.
 */
final class CommandLogging {

    private static final Set<String> APPLICATION_COMMANDS = Set.of("serve", "bench");

    private CommandLogging() {}

    static void configure(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                if (APPLICATION_COMMANDS.contains(arg)) {
                    return;
                }
                break;
            }
        }
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        var console = new ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        // neo4j-migrations logs through java.util.logging.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
