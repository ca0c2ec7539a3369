// A one-shot Cypher client on the JavaScript Neo4j driver, the yardstick of ./kg cypher's start: connect, run one
// query, print its rows, exit. Usage: NEO4J_PASSWORD=… node cypher-once.mjs bolt://127.0.0.1:7687 "RETURN 1 AS one"
import neo4j from 'neo4j-driver';

const [uri, query] = process.argv.slice(2);
if (!uri || !query) {
  console.error('usage: node cypher-once.mjs <bolt-uri> <cypher>');
  process.exit(2);
}

const password = process.env.NEO4J_PASSWORD;
const driver = neo4j.driver(
  uri,
  password ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password) : undefined,
);
try {
  const { records } = await driver.executeQuery(query, {}, { routing: neo4j.routing.READ });
  records.forEach((record) => console.log(JSON.stringify(record.toObject())));
} catch (error) {
  console.error(`${query} against ${uri} failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
