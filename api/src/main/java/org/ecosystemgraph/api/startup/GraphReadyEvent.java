package org.ecosystemgraph.api.startup;

/** Published once the schema is applied and the bundled corpus loaded: the application is ready for users. */
public record GraphReadyEvent(String detail) {}
