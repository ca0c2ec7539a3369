package org.ecosystemgraph.api.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Maps {@code /browser/**} onto the {@code browser/} folder of the Neo4j Browser jar. */
@Configuration(proxyBeanMethods = false)
class BrowserResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }
}
