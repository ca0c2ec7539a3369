package org.ecosystemgraph.api.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL POSTs the GraphQL handler should never see, with the status that says why: a body over the size
 * limit (413), a Content-Type that is not one media type (415), a body that is not a JSON object (400), a body that
 * has not arrived within its deadline (408). The body is read without ever waiting on the network: what has arrived
 * with the headers (usually all of it) at once, the rest with the servlet's non-blocking input, so that clients sending
 * slowly cannot occupy the web server; then the request goes on unchanged.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlRequestGuard {

    @Bean
    FilterRegistrationBean<Guard> graphQlRequestGuardFilter(
            @Value("${spring.graphql.http.path:/graphql}") String path,
            @Value("${kg.graphql.max-request-bytes:1048576}") int maxBytes,
            @Value("${kg.graphql.body-timeout:10s}") Duration bodyTimeout,
            ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new Guard(maxBytes, bodyTimeout, json));
        registration.addUrlPatterns(path);
        registration.setAsyncSupported(true);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    static final class Guard extends OncePerRequestFilter {

        /** Where the body waits, read, for the dispatch that hands it on. */
        private static final String BODY = Guard.class.getName() + ".body";

        private final int maxBytes;
        private final Duration bodyTimeout;
        private final ObjectMapper json;

        Guard(int maxBytes, Duration bodyTimeout, ObjectMapper json) {
            this.maxBytes = maxBytes;
            this.bodyTimeout = bodyTimeout;
            this.json = json;
        }

        /** The dispatch after the body is read is an async one, and it must pass here to get the body. */
        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(BODY) instanceof byte[] body) {
                handOn(request, response, chain, body);
                return;
            }
            if (!"POST".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() > maxBytes) {
                refuse(response, 413, "The request body is larger than " + maxBytes + " bytes");
                return;
            }
            String contentType = request.getContentType();
            if (contentType != null) {
                try {
                    if (MediaType.parseMediaType(contentType).isWildcardType()
                            || MediaType.parseMediaType(contentType).isWildcardSubtype()) {
                        refuse(response, 415, "Content-Type must be one media type, such as application/json");
                        return;
                    }
                } catch (InvalidMediaTypeException e) {
                    refuse(response, 415, "Content-Type is not a media type");
                    return;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (readArrived(request, body)) {
                handOn(request, response, chain, body.toByteArray());
            } else {
                readWithoutBlocking(request, response, body);
            }
        }

        /**
         * Reads what has already arrived, without waiting for more: usually the whole body, which then goes on at
         * once, on this thread. False when more is to come (or the length is unknown), to be read without blocking.
         */
        private boolean readArrived(HttpServletRequest request, ByteArrayOutputStream body) throws IOException {
            long length = request.getContentLengthLong();
            if (length < 0) {
                return false;
            }
            ServletInputStream in = request.getInputStream();
            byte[] chunk = new byte[(int) Math.min(length, 8192)];
            while (body.size() < length && in.available() > 0) {
                int read = in.read(chunk, 0, (int) Math.min(chunk.length, length - body.size()));
                if (read < 0) {
                    break;
                }
                body.write(chunk, 0, read);
            }
            return body.size() == length;
        }

        private void handOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body)
                throws ServletException, IOException {
            String contentType = request.getContentType();
            if (contentType != null
                    && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")
                    && !isJsonObject(body)) {
                refuse(response, 400, "The request body must be a JSON object with a query");
                return;
            }
            chain.doFilter(new CachedBody(request, body), response);
        }

        /**
         * Reads the rest of the body as it arrives, on the server's I/O threads, then dispatches the request again
         * with it.
         */
        private void readWithoutBlocking(
                HttpServletRequest request, HttpServletResponse response, ByteArrayOutputStream body)
                throws IOException {
            AsyncContext async = request.startAsync();
            async.setTimeout(bodyTimeout.toMillis());
            AtomicBoolean settled = new AtomicBoolean();
            ServletInputStream in = request.getInputStream();
            async.addListener(new AsyncListener() {
                @Override
                public void onTimeout(AsyncEvent event) throws IOException {
                    if (settled.compareAndSet(false, true)) {
                        refuse(
                                response,
                                408,
                                "The request body did not arrive within " + bodyTimeout.toSeconds() + " s");
                        async.complete();
                    }
                }

                @Override
                public void onComplete(AsyncEvent event) {}

                @Override
                public void onError(AsyncEvent event) {}

                @Override
                public void onStartAsync(AsyncEvent event) {}
            });
            in.setReadListener(new ReadListener() {
                private final byte[] chunk = new byte[8192];

                @Override
                public void onDataAvailable() throws IOException {
                    while (!settled.get() && in.isReady()) {
                        int read = in.read(chunk);
                        if (read < 0) {
                            return;
                        }
                        body.write(chunk, 0, read);
                        if (body.size() > maxBytes && settled.compareAndSet(false, true)) {
                            refuse(response, 413, "The request body is larger than " + maxBytes + " bytes");
                            async.complete();
                            return;
                        }
                    }
                }

                @Override
                public void onAllDataRead() {
                    if (settled.compareAndSet(false, true)) {
                        request.setAttribute(BODY, body.toByteArray());
                        async.dispatch();
                    }
                }

                @Override
                public void onError(Throwable failure) {
                    if (settled.compareAndSet(false, true)) {
                        async.complete();
                    }
                }
            });
        }

        private static boolean isJsonObject(byte[] body) {
            for (byte b : body) {
                if (!Character.isWhitespace(b)) {
                    return b == '{';
                }
            }
            return false;
        }

        private void refuse(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
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
                                    Map.of("code", "BAD_USER_INPUT", "classification", "BAD_REQUEST")))));
        }
    }

    /** The request with its body already read, served again to the handler. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
