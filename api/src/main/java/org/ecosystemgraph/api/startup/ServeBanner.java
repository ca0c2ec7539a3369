package org.ecosystemgraph.api.startup;

import org.ecosystemgraph.database.BoltLogin;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who ran {@code ./kg serve} where everything is, once the graph is ready. */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "kg.serve.banner", matchIfMissing = true)
class ServeBanner {

    private final WebServerApplicationContext context;
    private final DatabaseEndpoint database;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    ServeBanner(
            WebServerApplicationContext context, DatabaseEndpoint database, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.context = context;
        this.database = database;
        this.embedded = embedded;
    }

    @EventListener
    void printWhereEverythingIs(GraphReadyEvent ready) {
        String web = "http://" + host() + ":" + context.getWebServer().getPort();
        System.out.printf(
                """

                ecosystem-graph is ready (%s)
                  Explorer       %s/
                %s  GraphQL        %s/graphql
                  GraphiQL       %s/graphiql
                  Health         %s/actuator/health
                  Neo4j Browser  %s/browser
                  Bolt           %s (%s)
                  Stop with Ctrl+C

                """,
                ready.detail(),
                web,
                reviewing() ? "  Review         " + web + "/review/ (add documents)\n" : "",
                web,
                web,
                web,
                web,
                database.boltUri(),
                login());
    }

    private boolean reviewing() {
        return context.getEnvironment().getProperty("kg.review.enabled", Boolean.class, true);
    }

    /** Who logs in to Bolt, and where the password is, without printing it. */
    private String login() {
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        if (neo4j == null) {
            return "external server";
        }
        return neo4j.login().chosen()
                ? "embedded; user neo4j, the password you set in KG_EMBEDDED_PASSWORD"
                : "embedded; user neo4j, password in " + neo4j.dataDir().resolve(BoltLogin.FILE);
    }

    private String host() {
        String address = context.getEnvironment().getProperty("server.address", "localhost");
        return address.equals("0.0.0.0") || address.equals("127.0.0.1") ? "localhost" : address;
    }
}
