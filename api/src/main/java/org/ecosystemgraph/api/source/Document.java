package org.ecosystemgraph.api.source;

import java.time.LocalDate;

/** A source document. */
record Document(String id, String title, String publisher, LocalDate publishedOn, String published) {}
