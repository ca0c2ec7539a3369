package org.ecosystemgraph.api.activity;

import java.util.List;
import org.ecosystemgraph.api.graph.Source;

/** An organization's part in a programme: running it or taking part, with the sources of that tie. */
record ProgrammeRole(Programme programme, Kind role, List<Source> sources) {

    /** Running the programme, or taking part in it. */
    public enum Kind {
        OPERATOR,
        PARTICIPANT
    }
}
