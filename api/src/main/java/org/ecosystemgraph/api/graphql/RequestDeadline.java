package org.ecosystemgraph.api.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Every GraphQL request runs on a bounded pool of workers, not on the web server's threads, and has a deadline: a
 * request that has not answered by then gets 503 {@code UNAVAILABLE} at once, fetches nothing more
 * ({@link RequestBudget}), and its transactions end at the database's timeout, which is shorter. A request that finds
 * every worker busy and the queue full gets the same 503 at once, rather than waiting in line.
 */
@Configuration(proxyBeanMethods = false)
class RequestDeadline {

    private static final Logger log = LoggerFactory.getLogger(RequestDeadline.class);

    static final String MESSAGE =
            "This request did not finish in time; try again shortly, or ask for less (smaller pages, fewer lists)";
    static final String BUSY = "The service is busy with other requests; try again shortly";
    static final int RETRY_AFTER_SECONDS = 2;
    static final Map<String, Object> UNAVAILABLE = Map.of("code", "UNAVAILABLE", "classification", "UNAVAILABLE");

    /** A request that the service could not answer in time, or not take at all; answered 503. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    @Bean(destroyMethod = "dispose")
    Scheduler graphQlWorkers(
            @Value("${kg.graphql.workers:16}") int workers, @Value("${kg.graphql.queue:256}") int queue) {
        return Schedulers.newBoundedElastic(workers, queue, "graphql");
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebGraphQlInterceptor deadlineOfEveryRequest(
            @Value("${kg.graphql.request-timeout:15s}") Duration timeout, Scheduler graphQlWorkers) {
        return (request, chain) -> {
            Instant deadline = Instant.now().plus(timeout);
            request.configureExecutionInput(
                    (input, builder) -> builder.graphQLContext(context -> context.put(RequestBudget.DEADLINE, deadline))
                            .build());
            return Mono.defer(() -> chain.next(request))
                    .subscribeOn(graphQlWorkers)
                    .timeout(timeout, Mono.error(() -> new Unavailable(MESSAGE)))
                    .onErrorMap(RejectedExecutionException.class, busy -> new Unavailable(BUSY));
        };
    }

    /** 503 with a GraphQL-shaped body and {@code Retry-After}, for the requests above and the web server's own timeout. */
    @Bean
    HandlerExceptionResolver unavailableResponses(ObjectMapper json) {
        return new UnavailableResponses(json);
    }

    private record UnavailableResponses(ObjectMapper json) implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
            String message = null;
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof Unavailable unavailable) {
                    message = unavailable.getMessage();
                } else if (cause instanceof AsyncRequestTimeoutException) {
                    message = MESSAGE;
                }
            }
            if (message == null || response.isCommitted()) {
                return null;
            }
            log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), message);
            try {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                json.writeValue(
                        response.getWriter(),
                        Map.of("errors", List.of(Map.of("message", message, "extensions", UNAVAILABLE))));
            } catch (IOException e) {
                log.debug("The client left before its 503", e);
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
