package org.ecosystemgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.ecosystemgraph.database.BoltLogin;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who may write through the web pages: the operator, who holds the database's login. A request proves it with HTTP
 * Basic authentication ({@code curl -u neo4j:PASSWORD}), checked by the database itself. The application's own pages
 * opened on this machine are handed the embedded store's generated password, the way the Browser page is: only for
 * a same-origin request ({@code Sec-Fetch-Site}, which no page can forge) from a loopback address, and never a
 * password the operator chose.
 */
@Component
public class OperatorLogin {

    private final Driver driver;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final String user;

    OperatorLogin(
            Driver driver,
            ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${spring.neo4j.authentication.username:" + BoltLogin.USER + "}") String configuredUser) {
        this.driver = driver;
        this.embedded = embedded;
        this.user = embedded.getIfAvailable() != null ? BoltLogin.USER : configuredUser;
    }

    /** The user name the operator logs in as. */
    public String user() {
        return user;
    }

    /** The generated login, for a page of this very origin opened on this machine. */
    public Optional<BoltLogin> handedOut(HttpServletRequest request, String fetchSite) {
        if (!"same-origin".equals(fetchSite) || !fromThisMachine(request)) {
            return Optional.empty();
        }
        return Optional.ofNullable(embedded.getIfAvailable())
                .map(EmbeddedNeo4j::login)
                .filter(login -> !login.chosen());
    }

    /** Whether the request carries the operator's login (HTTP Basic), as the database accepts it. */
    public boolean isOperator(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !decoded.substring(0, colon).equals(user)) {
            return false;
        }
        try {
            return driver.verifyAuthentication(AuthTokens.basic(user, decoded.substring(colon + 1)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean fromThisMachine(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
