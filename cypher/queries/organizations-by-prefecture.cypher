// Question: How many organizations of each sector does each prefecture hold (by where they are located)?
// Parameters: none
// Example output (bundled corpus):
//   prefecture | sector     | organizations
//   北海道     | GOVERNMENT | 7
//   北海道     | SUPPORT    | 1
//   宮城県     | ACADEMIA   | 21
//   ... (23 rows)
MATCH (o:Organization)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(p:Place {kind: 'PREFECTURE'})
RETURN p.name AS prefecture, o.sector AS sector, count(DISTINCT o) AS organizations
ORDER BY prefecture, organizations DESC;
