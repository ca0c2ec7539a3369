package org.ecosystemgraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note beside a store that says which live process runs it, and where its Bolt is. */
class StoreInUseTest {

    @TempDir
    Path dataDir;

    @Test
    void a_running_store_is_claimed_by_this_process_and_released_when_it_stops() {
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir))) {
            assertThat(dataDir.resolve(StoreInUse.NOTE)).exists();
            // This process may reopen what it holds; only other processes are kept out.
            assertThat(StoreInUse.of(dataDir)).isEmpty();
        }
        assertThat(dataDir.resolve(StoreInUse.NOTE)).doesNotExist();
    }

    @Test
    void a_store_noted_by_another_live_process_is_refused_with_its_bolt_address() throws IOException {
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        note(other);

        var held = StoreInUse.of(dataDir).orElseThrow();
        assertThat(held.pid()).isEqualTo(other);
        assertThat(held.boltUri()).isEqualTo(URI.create("bolt://127.0.0.1:17687"));
        assertThatThrownBy(() -> EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir)))
                .isInstanceOf(StoreInUse.class)
                .hasMessageContaining("in use by process " + other)
                .hasMessageContaining("bolt://127.0.0.1:17687");
    }

    @Test
    void the_note_of_a_process_that_died_holds_nothing() throws IOException {
        note(Long.MAX_VALUE);
        assertThat(StoreInUse.of(dataDir)).isEmpty();
        Files.writeString(dataDir.resolve(StoreInUse.NOTE), "half written");
        assertThat(StoreInUse.of(dataDir)).isEmpty();
    }

    private void note(long pid) throws IOException {
        Files.writeString(dataDir.resolve(StoreInUse.NOTE), "pid=" + pid + "\nbolt=bolt\\://127.0.0.1\\:17687\n");
    }
}
