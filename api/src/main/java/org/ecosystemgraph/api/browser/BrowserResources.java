package org.ecosystemgraph.api.browser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Maps {@code /browser/**} onto the {@code browser/} folder of the Neo4j Browser jar, and {@code /browser-login/**} onto
 * the page that opens it logged in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kg.browser.enabled", matchIfMissing = true)
@EnableConfigurationProperties(BrowserProperties.class)
class BrowserResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
        registry.addResourceHandler("/browser-login/**").addResourceLocations("classpath:/browser-login/");
    }

    /** The Browser opened on 127.0.0.1 or [::1] reads the guide from localhost (BrowserController#guideUrl). */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/guides/**")
                .allowedOriginPatterns("http://127.0.0.1:[*]", "http://[::1]:[*]")
                .allowedMethods("GET");
    }
}
