package org.ecosystemgraph.api.supportfunction;

/** A support function of the taxonomy, with the code of its broader function. */
public record SupportFunction(String code, String label, String labelEn, String broaderCode) {}
