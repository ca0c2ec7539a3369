/**
 * The review page's API: a new document uploaded, read and extracted (nothing written to the graph), its candidates
 * reviewed by a person, the reviewed dataset saved into the review corpus folder and imported. Every write asks for
 * the operator's login ({@link org.ecosystemgraph.api.security.OperatorLogin}); the GraphQL API stays read-only.
 */
package org.ecosystemgraph.api.review;
