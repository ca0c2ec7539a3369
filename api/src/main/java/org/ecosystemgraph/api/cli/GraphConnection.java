package org.ecosystemgraph.api.cli;

import java.util.ArrayList;
import java.util.List;
import org.ecosystemgraph.api.EcosystemGraphApplication;
import org.ecosystemgraph.database.CypherSchema;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database for a command that is not {@code serve}: the same configuration (embedded by default, NEO4J_URI
 * otherwise), without the web server, with the schema applied.
 */
final class GraphConnection implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private GraphConnection(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static GraphConnection open(List<String> applicationArguments) {
        List<String> arguments = new ArrayList<>(applicationArguments);
        arguments.add("--logging.level.org.ecosystemgraph=warn");
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(EcosystemGraphApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new CommandException(explain(e));
        }
        var connection = new GraphConnection(context);
        CypherSchema.bundled().applyTo(connection.driver());
        return connection;
    }

    Driver driver() {
        return context.getBean(Driver.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Says in a sentence why the database could not be opened; the commonest case is a running ./kg serve. */
    private static String explain(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Lock file has been locked") || message.contains("FileLockException")) {
                return "The embedded database is in use, most likely by a running ./kg serve. Stop it, or work on it"
                        + " over Bolt: NEO4J_URI=bolt://127.0.0.1:7687 ./kg <command> ...";
            }
            if (cause.getCause() == null) {
                return "Cannot open the database: " + message;
            }
        }
        return "Cannot open the database: " + e.getMessage();
    }
}
