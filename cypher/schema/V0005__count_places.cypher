// Data migration: graphs written before places kept their count of organizations get it once, counted as the
// importer counts after every load (distinct organizations located in the place or in a place within it).
MATCH (p:Place) WHERE p.organizationCount IS NULL
CALL (p) {
  OPTIONAL MATCH (o:Organization)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(p)
  RETURN count(DISTINCT o) AS organizations
}
SET p.organizationCount = organizations;
