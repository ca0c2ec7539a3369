package org.ecosystemgraph.api.supportfunction;

import java.util.List;
import org.ecosystemgraph.api.graph.Source;

/** A support function an organization provides, with the sources that credit it. */
record ProvidedSupport(SupportFunction function, List<Source> sources) {}
