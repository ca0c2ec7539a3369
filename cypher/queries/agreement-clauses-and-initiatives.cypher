// Question: What did the parties of an agreement agree, clause by clause, and which initiatives stand under each clause?
// Parameters: $agreement — the agreement's id (sendai-tohoku-regional-economy-2021)
// In Neo4j Browser: :param agreement => 'sendai-tohoku-regional-economy-2021'
// Example output (bundled corpus, agreement=sendai-tohoku-regional-economy-2021):
//   clause | heading                      | text                                                         | contact          | initiatives
//   1(1)① | 研究開発拠点の市内立地の促進 | 研究開発拠点の立地促進に関すること                           | 経済局企業立地課 | [{"partners":[],"initiative":"市内へ研究開発拠点が集積する…
//   1(1)② | 研究開発拠点の市内立地の促進 | 仙台市内の東北大学キャンパスを仙台市研究開発施設立地促進助… | 経済局企業立地課 | [{"partners":["東北大学"],"initiative":"仙台市は、東北大学…
//   1(2)① | 東北大学の施設の利活用       | 東北大学の施設等の相互利活用促進に関すること                 | 経済局企業立地課 | [{"partners":["東北大学"],"initiative":"東北大学各所にある…
//   ... (6 rows)
MATCH (a:Agreement {id: $agreement})-[:HAS_CLAUSE]->(c:Clause)
OPTIONAL MATCH (c)-[:HAS_INITIATIVE]->(i:Initiative)
OPTIONAL MATCH (partner:Organization)-[:PARTNER_IN]->(i)
WITH c, i, collect(partner.name) AS partners
RETURN c.number AS clause, c.heading AS heading, c.text AS text, c.contact AS contact,
       collect(CASE WHEN i IS NULL THEN NULL ELSE {initiative: i.name, partners: partners} END) AS initiatives
ORDER BY clause;
