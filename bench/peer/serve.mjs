// Neo4j's own GraphQL Library (@neo4j/graphql under Apollo Server) over the database ./kg serve uses, with type
// definitions for the same labels and relationships: the peer the benchmark asks the same questions of.
// Usage: NEO4J_PASSWORD=… node serve.mjs <bolt-uri> <port>     prints "peer: listening on <url>" when ready.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const [uri, port = '4000'] = process.argv.slice(2);
if (!uri) {
  console.error('usage: NEO4J_PASSWORD=… node serve.mjs <bolt-uri> [port]');
  process.exit(2);
}

// The graph of docs (README, "The graph"): organizations, consortia (organizations that are also Consortium),
// memberships with their roles, support functions and who provides them, places.
export const typeDefs = /* GraphQL */ `
  type Organization @node {
    id: String!
    name: String!
    sector: String!
    kinds: [String!]
    address: String
    memberships: [Consortium!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    support: [SupportFunction!]! @relationship(type: "PROVIDES", direction: OUT)
    places: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }

  type Consortium @node {
    id: String!
    name: String!
    memberCount: Int
    members: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
  }

  type Membership @relationshipProperties {
    role: String
    sectorColumn: String
  }

  type SupportFunction @node {
    code: String!
    label: String!
    providers: [Organization!]! @relationship(type: "PROVIDES", direction: IN)
  }

  type Place @node {
    id: String!
    name: String!
  }
`;

const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`peer: listening on ${url}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
