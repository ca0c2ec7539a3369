// Search in romaji: the search index also covers how names read (the romaji list the importer stores from
// Kuromoji's readings), so that "sendai" or "tohoku daigaku" finds 仙台市 and 東北大学.
DROP INDEX search_text IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Organization|Programme|Facility|Field|Plan|Agreement|Place)
ON EACH [n.name, n.title, n.legalName, n.nameEn, n.aliases, n.description, n.romaji]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
