package org.ecosystemgraph.api.agreement;

import java.time.LocalDate;

/** An agreement; parties, clauses, predecessor and sources are loaded for many agreements at once. */
record Agreement(String id, String title, LocalDate signedOn, LocalDate validFrom, LocalDate validTo) {}
