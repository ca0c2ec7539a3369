// Full-text search over everything with a name, for the API's search field. The CJK analyzer indexes Japanese
// as character bigrams, since Japanese writes no spaces between words; Latin text is tokenized as words.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Organization|Programme|Facility|Field|Plan|Agreement|Place)
ON EACH [n.name, n.title, n.legalName, n.nameEn, n.aliases, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
