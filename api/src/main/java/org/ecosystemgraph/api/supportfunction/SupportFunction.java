package org.ecosystemgraph.api.supportfunction;

import org.ecosystemgraph.api.graph.GraphRecords;
import org.neo4j.driver.Record;

/** A support function of the taxonomy, with the code of its broader function. */
record SupportFunction(String code, String label, String labelEn, String broaderCode) {

    /** The function from a record holding its node as {@code f} and its broader function's code as {@code broader}. */
    static SupportFunction of(Record record) {
        var f = record.get("f");
        return new SupportFunction(
                f.get("code").asString(),
                f.get("label").asString(),
                GraphRecords.string(f.get("labelEn")),
                GraphRecords.string(record.get("broader")));
    }
}
