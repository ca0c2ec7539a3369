package org.ecosystemgraph.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The host check first, then the headers, ahead of every other filter, so that refusals carry the headers too. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(HttpSecurityProperties.class)
class HttpSecurityConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<HostGuard> hostGuardFilter(
            HttpSecurityProperties properties, @Value("${server.address:}") String listenAddress) {
        var registration = new FilterRegistrationBean<>(new HostGuard(properties.allowedHosts(), listenAddress));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    QuietErrorPages quietErrorPages() {
        return new QuietErrorPages();
    }
}
