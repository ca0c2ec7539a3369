package org.ecosystemgraph.api.agreement;

/** A numbered clause of an agreement. */
record Clause(String number, String heading, String text, String contact) {}
