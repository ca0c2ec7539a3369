package org.ecosystemgraph.api.partner;

import java.util.List;
import org.ecosystemgraph.api.graph.Organization;

/** An organization suggested as a partner, with its score and the reasons for it. */
record PartnerSuggestion(Organization organization, double score, List<PartnerReason> reasons) {}
