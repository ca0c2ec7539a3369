package org.ecosystemgraph.api.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL at {@code /graphiql}, every file of it from this application: the page and its start script from
 * {@code graphiql/}, GraphiQL and React from their WebJars. Spring for GraphQL's own page loads them from esm.sh and
 * stays blank offline, so it is switched off; {@code kg.graphiql.enabled=false} switches this one off too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kg.graphiql.enabled", matchIfMissing = true)
class GraphiqlPage implements WebMvcConfigurer {

    static final String PATH = "/graphiql";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(PATH).setViewName("forward:" + PATH + "/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "/**").addResourceLocations("classpath:/graphiql/");
    }
}
