package vn.onedoor.drivers.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.onedoor.drivers.printer.TicketLayout;

/** The JSON exactly as the server reads and writes it (server/app AgentWire has the same names). */
class WireTest {

    @Test
    void a_command_from_the_server_reads_into_a_ticket_layout_and_ignores_fields_it_does_not_know() throws Exception {
        String json = """
                {"id":42,"type":"PRINT_TICKET","peripheralId":3,"expiresAt":1795000000000,"priority":"later",
                 "payload":{"centerName":"Trung tâm","ticketNumber":"A-0042","serviceGroup":"Đất đai",
                 "issuedAt":"08:35 — 23/11/2026","peopleAhead":"Còn 2 người","estimatedWait":"Khoảng 5 phút",
                 "counters":"Quầy 1","qrPayload":"http://x/t/42-ab","footerLines":["Xin cảm ơn!"]}}""";

        Wire.Command command = Wire.JSON.readValue(json, Wire.Command.class);
        TicketLayout layout = Wire.JSON.treeToValue(command.payload(), TicketLayout.class);

        assertThat(command.id()).isEqualTo(42);
        assertThat(command.expiresAt()).isEqualTo(1_795_000_000_000L);
        assertThat(layout.ticketNumber()).isEqualTo("A-0042");
        assertThat(layout.serviceGroup()).isEqualTo("Đất đai");
        assertThat(layout.footerLines()).containsExactly("Xin cảm ơn!");
        assertThat(layout.logoResource()).isNull();
    }

    @Test
    void results_and_heartbeats_are_written_as_the_server_expects_without_nulls() throws Exception {
        assertThat(Wire.JSON.writeValueAsString(Wire.CommandResult.done(57280)))
                .isEqualTo("{\"ok\":true,\"bytes\":57280}");
        assertThat(Wire.JSON.writeValueAsString(Wire.CommandResult.failed("PAPER_OUT", "[PAPER_OUT]")))
                .isEqualTo("{\"ok\":false,\"reason\":\"PAPER_OUT\",\"detail\":\"[PAPER_OUT]\",\"bytes\":0}");
        String beat = Wire.JSON.writeValueAsString(new Wire.Heartbeat("onedoor-agent/0.1",
                List.of(new Wire.PeripheralStatus(3, Set.of("PAPER_OUT"), Set.of(), null))));
        assertThat(beat).isEqualTo("{\"agentVersion\":\"onedoor-agent/0.1\",\"peripherals\":[{\"peripheralId\":3,"
                + "\"faults\":[\"PAPER_OUT\"],\"warnings\":[]}]}");
    }

    @Test
    void a_config_without_peripherals_or_parameters_reads_as_empty_not_null() throws Exception {
        Wire.AgentConfig config = Wire.JSON.readValue("{\"deviceId\":7,\"configVersion\":0,\"heartbeatMillis\":5000}",
                Wire.AgentConfig.class);
        assertThat(config.peripherals()).isEmpty();
        assertThat(Wire.JSON.readValue("{\"id\":1,\"kind\":\"SCANNER\",\"name\":\"s\"}", Wire.PeripheralConfig.class)
                .parameters()).isEmpty();
    }

    @Test
    void a_ticket_layout_written_by_the_agent_side_reads_back_equal() throws Exception {
        TicketLayout layout = new TicketLayout("C", "B-0001", "Hộ tịch", "t", "a", "w", "c", "q", List.of("f1", "f2"), null);
        assertThat(Wire.JSON.treeToValue(Wire.JSON.valueToTree(layout), TicketLayout.class)).isEqualTo(layout);
    }
}
