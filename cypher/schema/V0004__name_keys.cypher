// Name look-ups: every normalized spelling of an organization (nameKeys, a list) as one exact term, so that
// the API resolves a name through an index rather than by reading every organization.
CREATE FULLTEXT INDEX organization_name_keys IF NOT EXISTS
FOR (o:Organization) ON EACH [o.nameKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
