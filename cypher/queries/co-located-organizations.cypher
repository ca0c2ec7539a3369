// Question: Which organizations share an address or a building? (the address up to its block number, floors ignored)
// Parameters: none
// Example output (bundled corpus):
//   building                      | count | organizations
//   仙台市青葉区上杉 1-14-2       | 4     | ["みやぎ産業振興機構","宮城県中小企業団体中央会","宮城県商…
//   仙台市泉区明通 2-2            | 3     | ["宮城県産業技術総合センター","宮城県知的所有権センター","…
//   仙台市青葉区南吉成 6-6-3      | 3     | ["東北インテリジェント・コスモス構想推進協議会","インテリジ…
//   ... (5 rows)
MATCH (o:Organization)
WHERE o.address IS NOT NULL
WITH o, split(o.address, ' ') AS parts
WITH o, parts[0] + ' ' + coalesce(parts[1], '') AS building
WITH building, collect(o.name) AS organizations
WHERE size(organizations) > 1
RETURN building, size(organizations) AS count, organizations
ORDER BY count DESC, building;
