// Question: The support-function matrix that 表-4 of document 001 was meant to show (its check marks were lost in the
// PDF): each support body against the table's eight functions, rebuilt from the functions the documents credit, a
// narrower function counting for its group. ● marks a function; the last column is 産業支援全般, which 表-4 lacks.
// Parameters: $sector — a sector (SUPPORT, ACADEMIA, ...) or null for all
// Example output (bundled corpus):
//   body                                                         | sector     | 技術開発支援 | 技術移転支援 | 起業化支援 | 資金設備支援 | 経営改善支援 | 販路開拓支援 | 技術・人材市場情報支援 | 人材発掘・育成
//   MIT                                                          | ACADEMIA   |              |              | ●         |              |              |   
//   宮城県産業技術総合センター                                   | ACADEMIA   | ●           | ●           |            |              |              |              |  
//   東北大学                                                     | ACADEMIA   |              |              | ●         |              |              |       
//   ... (51 rows)
MATCH (o:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(top:SupportFunction)
WHERE NOT (top)-[:BROADER]->() AND ($sector IS NULL OR o.sector = $sector)
WITH o, collect(DISTINCT top.code) AS provided
RETURN o.name AS body, o.sector AS sector,
       CASE WHEN 'TECHNOLOGY_DEVELOPMENT' IN provided THEN '●' ELSE '' END AS `技術開発支援`,
       CASE WHEN 'TECHNOLOGY_TRANSFER' IN provided THEN '●' ELSE '' END AS `技術移転支援`,
       CASE WHEN 'STARTUP_SUPPORT' IN provided THEN '●' ELSE '' END AS `起業化支援`,
       CASE WHEN 'FINANCE_AND_EQUIPMENT' IN provided THEN '●' ELSE '' END AS `資金設備支援`,
       CASE WHEN 'MANAGEMENT_IMPROVEMENT' IN provided THEN '●' ELSE '' END AS `経営改善支援`,
       CASE WHEN 'MARKET_DEVELOPMENT' IN provided THEN '●' ELSE '' END AS `販路開拓支援`,
       CASE WHEN 'TECHNOLOGY_AND_TALENT_MARKET_INFORMATION' IN provided THEN '●' ELSE '' END AS `技術・人材市場情報支援`,
       CASE WHEN 'TALENT_DEVELOPMENT' IN provided THEN '●' ELSE '' END AS `人材発掘・育成支援`,
       CASE WHEN 'GENERAL_INDUSTRY_SUPPORT' IN provided THEN '●' ELSE '' END AS `産業支援全般`
ORDER BY sector, body;
