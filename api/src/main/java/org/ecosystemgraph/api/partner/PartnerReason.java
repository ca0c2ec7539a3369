package org.ecosystemgraph.api.partner;

import java.util.ArrayList;
import java.util.List;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Source;
import org.neo4j.driver.Value;

/**
 * Why an organization is suggested: a code a client can translate, what it concerns (the function, field, consortium,
 * agreement, tie or place), the same in words in Japanese and English, and the sources of the ties behind it.
 */
record PartnerReason(Code code, String subject, String label, String labelEn, List<Source> sources) {

    enum Code {
        PROVIDES("%sを提供", "provides %s"),
        WORKS_IN("%sに取り組む", "works in %s"),
        SHARED_CONSORTIUM("ともに%sの会員", "both in %s"),
        SHARED_AGREEMENT("ともに%sの当事者", "both party to %s"),
        DIRECT_TIE("直接のつながり（%s）", "tied directly (%s)"),
        SAME_PLACE("同じく%sに所在", "also in %s");

        private final String japanese;
        private final String english;

        Code(String japanese, String english) {
            this.japanese = japanese;
            this.english = english;
        }
    }

    /** The map a suggestion's Cypher returns: code, subject, subjectEn (or null) and the ties behind it. */
    static PartnerReason of(Value reason) {
        Code code = Code.valueOf(reason.get("code").asString());
        String subject = reason.get("subject").asString();
        String subjectEn = reason.get("subjectEn").isNull()
                ? subject
                : reason.get("subjectEn").asString();
        if (code == Code.PROVIDES) {
            subjectEn = inSentence(subjectEn);
        }
        List<Source> sources = new ArrayList<>();
        reason.get("ties").values().forEach(tie -> sources.addAll(GraphRecords.relationshipSources(tie)));
        return new PartnerReason(
                code, subject, code.japanese.formatted(subject), code.english.formatted(subjectEn), sources);
    }

    /** A function's English label inside a sentence: "Technology transfer support" reads "technology transfer support". */
    private static String inSentence(String label) {
        boolean capitalized =
                label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1));
        return capitalized ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }
}
