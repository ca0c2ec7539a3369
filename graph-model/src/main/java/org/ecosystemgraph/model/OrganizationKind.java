package org.ecosystemgraph.model;

/** Finer kinds of organization than the sector; an organization may have several (a TLO that is also a company). */
public enum OrganizationKind {
    UNIVERSITY,
    KOSEN,
    RESEARCH_INSTITUTE,
    RESEARCH_CENTER,
    UNIVERSITY_DEPARTMENT,
    PUBLIC_TEST_LAB,
    TLO,
    INCUBATOR,
    ACCELERATOR,
    FOUNDATION,
    SUPPORT_CENTER,
    INDUSTRY_ASSOCIATION,
    ECONOMIC_FEDERATION,
    CHAMBER_OF_COMMERCE,
    COMPANY,
    STARTUP,
    VENTURE_CAPITAL,
    BANK,
    GOVERNMENT_FINANCIAL_INSTITUTION,
    CREDIT_GUARANTEE,
    PREFECTURE,
    MUNICIPALITY,
    NATIONAL_AGENCY,
    GOVERNMENT_DEPARTMENT,
    CONSORTIUM,
    NPO,
    MEDIA,
    HOSPITAL
}
