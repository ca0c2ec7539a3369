// Question: How does each university spin-off reach venture capital or banks, hop by hop, over the ties that
// mean working together (those of the API's connections)?
// Parameters: $maxHops is fixed at 4 here; ./kg cypher runs it as is
// Example output (bundled corpus):
//   spinOff            | university | investor                     | hops | path
//   クリーンプラネット | 東北大学   | スパークル                   | 3    | ["クリーンプラネット","東北大学","仙台スタートアップ・エコ…
//   クリーンプラネット | 東北大学   | 七十七銀行                   | 3    | ["クリーンプラネット","東北大学","仙台スタートアップ・エコ…
//   クリーンプラネット | 東北大学   | 日本アジア投資 仙台支店      | 3    | ["クリーンプラネット","東北大学","宮城県新事業支援体制(地域…
//   ... (5 rows)
MATCH (s:Organization)-[:SPUN_OFF_FROM]->(u:Organization)
MATCH (v:Organization) WHERE any(kind IN v.kinds WHERE kind IN ['VENTURE_CAPITAL', 'BANK'])
MATCH p = SHORTEST 1 (s)-[:MEMBER_OF|SPUN_OFF_FROM|PART_OF|PARTY_TO|OPERATES|PARTICIPATES_IN|PARTNER_IN|INVESTS_IN|FUNDS|COLLABORATES_WITH|SUPPORTS|ESTABLISHED_BY|MERGED_INTO|RENAMED_TO]-{1,4}(v)
RETURN s.name AS spinOff, u.name AS university, v.name AS investor, length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.title)] AS path
ORDER BY hops, investor;
