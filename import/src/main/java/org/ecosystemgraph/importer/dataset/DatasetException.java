package org.ecosystemgraph.importer.dataset;

import java.util.List;

/** A dataset that cannot be loaded, with every problem found, each naming the file, the record and the field. */
public final class DatasetException extends RuntimeException {

    private final List<String> problems;

    public DatasetException(String file, List<String> problems) {
        super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
