package vn.onedoor.drivers.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandJournalTest {

    @TempDir Path dir;

    @Test
    void a_stored_command_survives_a_new_journal_on_the_same_directory_until_its_result_is_reported() throws Exception {
        new CommandJournal(dir).store(AgentTest.printCommand(5));

        CommandJournal afterRestart = new CommandJournal(dir);
        assertThat(afterRestart.contains(5)).isTrue();
        assertThat(afterRestart.unfinished()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(5);
            assertThat(c.payload().path("ticketNumber").asText()).isEqualTo("A-005");
            assertThat(c.payload().path("centerName").asText()).isEqualTo("Trung tâm Phục vụ Hành chính công");
        });

        afterRestart.recordResult(5, Wire.CommandResult.failed("PAPER_OUT", "roll empty"));
        assertThat(afterRestart.unfinished()).isEmpty();
        assertThat(new CommandJournal(dir).unreported()).containsEntry(5L, Wire.CommandResult.failed("PAPER_OUT", "roll empty"));

        afterRestart.remove(5);
        assertThat(afterRestart.contains(5)).isFalse();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no .part or other files left behind").isEmpty();
        }
    }

    @Test
    void unfinished_commands_come_oldest_first() throws Exception {
        CommandJournal journal = new CommandJournal(dir);
        journal.store(AgentTest.printCommand(30));
        journal.store(AgentTest.printCommand(4));
        journal.store(AgentTest.printCommand(100));

        assertThat(journal.unfinished()).extracting(Wire.Command::id).containsExactly(4L, 30L, 100L);
    }
}
