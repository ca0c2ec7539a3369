package org.ecosystemgraph.api.supportfunction;

import java.util.List;
import org.ecosystemgraph.api.source.Source;

/** A support function an organization provides, with the sources that credit it. */
public record ProvidedSupport(SupportFunction function, List<Source> sources) {}
