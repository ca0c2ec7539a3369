// Question: How many ties cross sectors (産–学, 学–金, ...)? Ties are co-memberships in a consortium and direct
// organization-to-organization relations (the organization network of ./kg analyze); each pair counts once.
// Parameters: none
// Example output (bundled corpus):
//   sectorA    | sectorB    | crossing | ties
//   ACADEMIA   | ACADEMIA   | false    | 366
//   ACADEMIA   | SUPPORT    | true     | 243
//   INDUSTRY   | SUPPORT    | true     | 214
//   ... (20 rows)
CALL () {
  MATCH (a:Organization)-[:MEMBER_OF]->(:Consortium)<-[:MEMBER_OF]-(b:Organization)
  WHERE a.id < b.id
  RETURN a.id AS x, b.id AS y, a.sector AS sx, b.sector AS sy
  UNION
  MATCH (a:Organization)-[:PART_OF|SPUN_OFF_FROM|INVESTS_IN|FUNDS|COLLABORATES_WITH|SUPPORTS|ESTABLISHED_BY|MERGED_INTO|RENAMED_TO]-(b:Organization)
  WHERE a.id < b.id
  RETURN a.id AS x, b.id AS y, a.sector AS sx, b.sector AS sy
}
WITH CASE WHEN sx <= sy THEN sx ELSE sy END AS sectorA, CASE WHEN sx <= sy THEN sy ELSE sx END AS sectorB,
     count(*) AS ties
RETURN sectorA, sectorB, sectorA <> sectorB AS crossing, ties
ORDER BY ties DESC, sectorA, sectorB;
