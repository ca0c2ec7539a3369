// Question: Who belongs to a consortium, grouped by sector, with roles and the column the document lists them in?
// Parameters: $consortium — the consortium's id (tap, 仙台スタートアップエコシステム推進協議会, ...)
// In Neo4j Browser: :param consortium => 'tap'
// Example output (bundled corpus, consortium=tap):
//   sector     | members | organizations                                     | reportedTotal
//   GOVERNMENT | 3       | ["仙台市","宮城県","東北経済産業局"]              | 10
//   ACADEMIA   | 2       | ["東北大学","産業技術総合研究所 東北センター"]    | 10
//   SUPPORT    | 2       | ["仙台市産業振興事業団","東経連ビジネスセンター"] | 10
//   ... (6 rows)
MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium {id: $consortium})
WITH o, m, c ORDER BY o.name
RETURN o.sector AS sector, count(o) AS members,
       collect(o.name + CASE WHEN m.role IS NULL THEN '' ELSE ' (' + m.role + ')' END) AS organizations,
       c.memberCount AS reportedTotal
ORDER BY members DESC, sector;
