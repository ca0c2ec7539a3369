// Question: What changed over time: mergers, renames, foundings, agreement terms and their renewals, in date order?
// Parameters: $asOf — a date (YYYY, YYYY-MM or YYYY-MM-DD); events after it are left out; null for all
// In Neo4j Browser: :param asOf => null
// Example output (bundled corpus):
//   date       | change             | what                                                         | source
//   1998-04    | ESTABLISHED_BY     | 東北大学 未来科学技術共同研究センター → 東北大学            | miyagi-business-environment-2005#L450
//   1999-04    | MERGED_INTO        | 宮城県企業振興協会 → みやぎ産業振興機構                     | miyagi-business-environment-2005#L335
//   1999-04    | MERGED_INTO        | 東北産業技術開発協会 → みやぎ産業振興機構                   | miyagi-business-environment-2005#L335
//   ... (12 rows)
CALL () {
  MATCH (a:Organization)-[r:ESTABLISHED_BY|MERGED_INTO|RENAMED_TO]->(b:Organization)
  RETURN r.date AS date, type(r) AS change, a.name + ' → ' + b.name AS what, head(r.sources) AS source
  UNION
  MATCH (a:Agreement) WHERE a.signedOn IS NOT NULL
  RETURN a.signedOn AS date, 'AGREEMENT_SIGNED' AS change, a.title + ' (to ' + coalesce(a.validTo, '?') + ')' AS what,
         null AS source
  UNION
  MATCH (a:Agreement)-[:HAS_EVENT]->(e:AgreementEvent)
  RETURN e.date AS date, 'AGREEMENT_' + e.type AS change, a.title + ' (to ' + coalesce(e.validTo, '?') + ')' AS what,
         null AS source
}
WITH date, change, what, source
WHERE date IS NOT NULL AND ($asOf IS NULL OR date <= $asOf)
RETURN date, change, what, source
ORDER BY date, change;
