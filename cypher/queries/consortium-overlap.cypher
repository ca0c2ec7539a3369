// Question: Which organizations sit in several consortia, and how much do consortia overlap (shared members)?
// Parameters: none
// The first result lists the multi-consortium members; the overlap matrix is consortium-overlap-matrix.cypher.
// Example output (bundled corpus):
//   organization                           | sector     | count | consortia
//   東北大学                               | ACADEMIA   | 5     | ["宮城県新事業支援体制(地域プラットフォーム)","産学官連携ラ…
//   宮城県                                 | GOVERNMENT | 4     | ["基盤技術高度化支援グループ","産学官連携ラウンドテーブル",…
//   インテリジェント・コスモス研究機構     | SUPPORT    | 3     | ["東北インテリジェント・コスモス構想推進協議会","宮城県新事…
//   ... (22 rows)
MATCH (o:Organization)-[:MEMBER_OF]->(c:Consortium)
WITH o, collect(c.name) AS consortia
WHERE size(consortia) > 1
RETURN o.name AS organization, o.sector AS sector, size(consortia) AS count, consortia
ORDER BY count DESC, organization;
