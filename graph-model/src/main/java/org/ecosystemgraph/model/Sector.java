package org.ecosystemgraph.model;

/**
 * The split the source documents use for the actors of a regional ecosystem: 産 (industry), 学 (academia), 官
 * (government), 金 (finance), and the public support bodies and civil organizations that stand beside them.
 */
public enum Sector {
    INDUSTRY("産", "Industry"),
    ACADEMIA("学", "Academia"),
    GOVERNMENT("官", "Government"),
    FINANCE("金", "Finance"),
    SUPPORT("支援", "Public support body"),
    CIVIL("民", "Civil society");

    private final String labelJa;
    private final String labelEn;

    Sector(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }
}
