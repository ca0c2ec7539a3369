package org.ecosystemgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only requests that name this server: loopback names, the address it listens on, and the names the operator
 * allows. A web page that rebinds its own domain to 127.0.0.1 still sends its domain as {@code Host}, and is refused.
 */
final class HostGuard extends OncePerRequestFilter {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0:0:0:0:0:0:0:1");

    private final Set<String> allowed;

    HostGuard(Iterable<String> configured, String listenAddress) {
        Set<String> names = new LinkedHashSet<>(LOOPBACK);
        configured.forEach(name -> names.add(normalized(name)));
        if (listenAddress != null && !listenAddress.isBlank() && !isWildcard(listenAddress)) {
            names.add(normalized(listenAddress));
        }
        this.allowed = Set.copyOf(names);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Tomcat takes the name from the Host header, or its own address when a request sends none.
        String host = normalized(request.getServerName());
        if (allowed.contains(host)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("This server answers to localhost and the names its operator allows, not to '" + printable(host)
                        + "'. An operator who serves it under that name adds it to KG_HTTP_ALLOWED_HOSTS"
                        + " (kg.http.allowed-hosts).\n");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }

    private static String printable(String host) {
        String shown = host.length() > 100 ? host.substring(0, 100) + "…" : host;
        return shown.replaceAll("[^\\p{Graph}]", "?");
    }
}
