package org.ecosystemgraph.api.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL POSTs the GraphQL handler should never see, with the status that says why: a body over the size
 * limit (413), a Content-Type that is not one media type (415), a body that is not a JSON object (400). Everything
 * else passes on unchanged.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlRequestGuard {

    @Bean
    FilterRegistrationBean<Guard> graphQlRequestGuardFilter(
            @Value("${spring.graphql.http.path:/graphql}") String path,
            @Value("${kg.graphql.max-request-bytes:1048576}") int maxBytes) {
        var registration = new FilterRegistrationBean<>(new Guard(maxBytes));
        registration.addUrlPatterns(path);
        return registration;
    }

    static final class Guard extends OncePerRequestFilter {

        private final int maxBytes;

        Guard(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"POST".equals(request.getMethod())) {
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
            byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                refuse(response, 413, "The request body is larger than " + maxBytes + " bytes");
                return;
            }
            if (contentType != null
                    && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")
                    && !isJsonObject(body)) {
                refuse(response, 400, "The request body must be a JSON object with a query");
                return;
            }
            chain.doFilter(new CachedBody(request, body), response);
        }

        private static boolean isJsonObject(byte[] body) {
            for (byte b : body) {
                if (!Character.isWhitespace(b)) {
                    return b == '{';
                }
            }
            return false;
        }

        private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "\"}]}");
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
