// GraphiQL on this server's /graphql, opened on a question the bundled corpus answers.
const firstQuery = `# Bodies the documents credit with technology-transfer support.
# Press the run button (or Ctrl-Enter); the Docs pane lists every field.
{
  supportProviders(function: "TECHNOLOGY_TRANSFER", limit: 5) {
    name
    sector
    kinds
  }
}
`;

const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: firstQuery, defaultEditorToolsVisibility: true }),
);
