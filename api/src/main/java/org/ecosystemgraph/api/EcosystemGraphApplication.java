package org.ecosystemgraph.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application that {@code ./kg serve} runs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EcosystemGraphApplication {}
