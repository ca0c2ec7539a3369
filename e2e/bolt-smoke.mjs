// Connects to the graph with the JavaScript Neo4j driver and prints the bundled documents as JSON.
// Usage: NEO4J_PASSWORD=… node bolt-smoke.mjs bolt://127.0.0.1:7687
// (the password of ./kg serve's embedded store is in data/neo4j/bolt-password)
import neo4j from 'neo4j-driver';

const uri = process.argv[2];
if (!uri) {
  console.error('usage: node bolt-smoke.mjs <bolt-uri>');
  process.exit(2);
}

const password = process.env.NEO4J_PASSWORD;
const driver = neo4j.driver(
  uri,
  password ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password) : undefined,
);
try {
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) RETURN d.id AS id, d.publisher AS publisher ORDER BY id',
    {},
    { routing: neo4j.routing.READ },
  );
  const serverInfo = await driver.getServerInfo();
  console.log(JSON.stringify({
    agent: serverInfo.agent,
    documents: records.map((record) => ({ id: record.get('id'), publisher: record.get('publisher') })),
  }));
} catch (error) {
  console.error(`Bolt query against ${uri} failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
