// Question: Which bodies provide a support function (or a narrower one), in which sector, and where is it stated?
// Parameters: $function — a support-function code (TECHNOLOGY_TRANSFER, INCUBATION, ...)
//             $sector   — a sector (ACADEMIA, SUPPORT, ...) or null for all
// In Neo4j Browser: :param function => 'TECHNOLOGY_TRANSFER'  then  :param sector => null
// Example output (bundled corpus, function=TECHNOLOGY_TRANSFER):
//   body                                  | sector     | functions            | source                                    | quote
//   宮城県産業技術総合センター            | ACADEMIA   | ["技術移転支援"]     | miyagi-business-environment-2005#L186     | 宮城県産業技術総合センター及び試験研究機関(技術開発支援・技…
//   東北大学 未来科学技術共同研究センター | ACADEMIA   | ["技術移転支援"]     | miyagi-business-environment-2005#L204     | 東北大学 未来科学技術共同研究センター（技術開発支援・技術移…
//   仙台市                                | GOVERNMENT | ["技術移転支援"]     | tohoku-deeptech-ecosystem-2025#L1547      | 大学発のシーズを基に地場企業との技術マッチングを推進する
//   ... (11 rows)
MATCH (o:Organization)-[p:PROVIDES]->(f:SupportFunction)-[:BROADER*0..]->(:SupportFunction {code: $function})
WHERE $sector IS NULL OR o.sector = $sector
RETURN o.name AS body, o.sector AS sector, collect(DISTINCT f.label) AS functions,
       head(p.sources) AS source, head(p.quotes) AS quote
ORDER BY sector, body;
