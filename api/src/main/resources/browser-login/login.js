// Opens Neo4j Browser already logged in to the graph. The application hands the embedded store's login only to
// this page (same origin, this machine); it is stored where the Browser keeps its connections, under the id the
// Browser gives the server it discovers, and the Browser connects with it on opening.
const status = document.getElementById('status');

try {
  const answer = await fetch('/browser/connection', { credentials: 'same-origin', cache: 'no-store' });
  if (!answer.ok) {
    throw new Error(`the application answered ${answer.status}`);
  }
  const connection = await answer.json();
  if (connection.password) {
    const id = '$$discovery';
    localStorage.setItem('neo4j.connections', JSON.stringify({
      allConnectionIds: [id],
      connectionsById: {
        [id]: {
          id,
          name: id,
          username: connection.username,
          password: connection.password,
          host: connection.bolt,
          authenticationMethod: 'NATIVE',
          db: null,
        },
      },
      activeConnection: id,
    }));
  }
  location.replace(connection.browser);
} catch (error) {
  status.textContent = `Neo4j Browser could not be opened: ${error.message}. Is ./kg serve still running?`;
}
