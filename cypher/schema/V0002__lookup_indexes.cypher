// Look-ups the API and the importer make by value rather than by id.
CREATE INDEX organization_sector IF NOT EXISTS FOR (o:Organization) ON (o.sector);
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX support_function_label IF NOT EXISTS FOR (f:SupportFunction) ON (f.label);
