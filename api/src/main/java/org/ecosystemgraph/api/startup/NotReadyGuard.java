package org.ecosystemgraph.api.startup;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the graph is whole, GraphQL answers what health says: 503 with {@code UNAVAILABLE}, what the start is doing,
 * and when to try again — never an empty answer from a half-loaded graph.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class NotReadyGuard {

    static final int RETRY_AFTER_SECONDS = 5;

    @Bean
    FilterRegistrationBean<Guard> graphNotReadyFilter(
            @Value("${spring.graphql.http.path:/graphql}") String path,
            ObjectProvider<GraphInitializer> graph,
            ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new Guard(graph, json));
        registration.addUrlPatterns(path);
        // Before the request guard, which reads the body asynchronously and dispatches again without this filter.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    static final class Guard extends OncePerRequestFilter {

        private final ObjectProvider<GraphInitializer> graph;
        private final ObjectMapper json;

        Guard(ObjectProvider<GraphInitializer> graph, ObjectMapper json) {
            this.graph = graph;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var initializer = graph.getIfAvailable();
            var progress = initializer == null ? null : initializer.progress();
            if (progress == null || progress.state() == GraphInitializer.State.READY) {
                chain.doFilter(request, response);
                return;
            }
            String message = progress.state() == GraphInitializer.State.FAILED
                    ? "The graph could not be brought up: " + progress.detail()
                    : "The graph is not ready yet (" + progress.detail() + "); try again shortly";
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(
                    response.getWriter(),
                    Map.of(
                            "errors",
                            List.of(Map.of(
                                    "message",
                                    message,
                                    "extensions",
                                    Map.of("code", "UNAVAILABLE", "classification", "UNAVAILABLE")))));
        }
    }
}
