package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.device.Device;
import vn.onedoor.device.DeviceOverview.DeviceState;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.PeripheralKind;
import vn.onedoor.device.Peripherals;

/** The administrator's device screen without a browser: create an agent, read its code, set its printer up. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminDevicesTest implements DemoServerTest {

    @Inject BeanContext beans;
    @Inject Peripherals peripherals;
    @Inject DeviceRegistry registry;
    @Inject vn.onedoor.center.CenterDirectory directory;

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_an_agent_reads_its_pairing_code_and_gives_it_a_ticket_printer() {
        UI.getCurrent().navigate("admin", com.vaadin.flow.router.QueryParameters.of("tab", "devices"));
        LoginFormKt._login(_get(LoginForm.class), "admin", "demo");
        Grid<DeviceState> devices = _find(Grid.class).get(0);
        long before = devices.getGenericDataView().getItems().count();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên thiết bị")), "Máy tính ki-ốt 2");
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị")));

        String secret = _get(Paragraph.class, spec -> spec.withId("device-secret")).getText();
        assertThat(secret).matches("Mã ghép nối \\(dùng một lần, hết hạn lúc \\d\\d:\\d\\d:\\d\\d\\): [2-9A-HJKMNP-Z]{8}");
        assertThat(devices.getGenericDataView().getItems().count()).isEqualTo(before + 1);
        DeviceState agent = devices.getGenericDataView().getItems()
                .filter(s -> s.device().name().equals("Máy tính ki-ốt 2")).findFirst().orElseThrow();
        assertThat(agent.device().type()).isEqualTo(DeviceType.AGENT);
        assertThat(GridKt._getFormatted(devices.getColumns().get(2), agent)).isEqualTo("Chưa kết nối");

        devices.select(agent);
        TextArea parameters = _get(TextArea.class, spec -> spec.withLabel("Tham số (mỗi dòng khóa=giá trị)"));
        _setValue(parameters, "transport=tcp\nport=9100");
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị ngoại vi")));
        assertThat(lastMessage()).startsWith("Tham số chưa đúng: ").contains("host is required");

        _setValue(parameters, "transport=tcp\nhost=192.168.1.60\nport=9100\npaper=58");
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị ngoại vi")));
        assertThat(lastMessage()).isEqualTo("Đã lưu; trạm thiết bị áp dụng trong vài giây.");
        assertThat(peripherals.ofAgent(agent.device().id())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PeripheralKind.TICKET_PRINTER);
            assertThat(p.parameters()).containsEntry("host", "192.168.1.60").containsEntry("paper", "58");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_gives_an_agent_an_a4_printer_for_the_demo_kiosk_with_queue_parameters_to_start_from() {
        signInAndAdd("Máy tính ki-ốt 3", DeviceType.AGENT);
        Grid<DeviceState> devices = _find(Grid.class).get(0);
        DeviceState agent = devices.getGenericDataView().getItems()
                .filter(s -> s.device().name().equals("Máy tính ki-ốt 3")).findFirst().orElseThrow();
        devices.select(agent);

        Select<PeripheralKind> kind = _get(Select.class, spec -> spec.withLabel("Loại thiết bị ngoại vi"));
        _setValue(kind, PeripheralKind.DOCUMENT_PRINTER);
        assertThat(kind.getItemLabelGenerator().apply(PeripheralKind.DOCUMENT_PRINTER)).isEqualTo("Máy in A4 (mẫu đơn, giấy tiếp nhận)");
        TextArea parameters = _get(TextArea.class, spec -> spec.withLabel("Tham số (mỗi dòng khóa=giá trị)"));
        assertThat(parameters.getValue()).isEqualTo("transport=queue\nqueue=A4");
        Select<Device> serves = _get(Select.class, spec -> spec.withLabel("In cho ki-ốt (máy in phiếu, máy in A4)"));
        Device kiosk = serves.getListDataView().getItems().filter(d -> d.type() == DeviceType.KIOSK).findFirst().orElseThrow();
        _setValue(serves, kiosk);
        _setValue(parameters, "transport=queue\nqueue=A4-sanh");
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị ngoại vi")));

        assertThat(lastMessage()).isEqualTo("Đã lưu; trạm thiết bị áp dụng trong vài giây.");
        assertThat(peripherals.ofAgent(agent.device().id())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PeripheralKind.DOCUMENT_PRINTER);
            assertThat(p.parameters()).containsEntry("queue", "A4-sanh");
        });
        assertThat(peripherals.documentPrinterOfKiosk(kiosk.id())).get().extracting(p -> p.agentId()).isEqualTo(agent.device().id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_gives_a_hall_pc_the_a4_printer_of_counter_5() {
        UI.getCurrent().navigate("admin", com.vaadin.flow.router.QueryParameters.of("tab", "devices"));
        LoginFormKt._login(_get(LoginForm.class), "admin", "demo");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên thiết bị")), "Máy tính quầy 5");
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị")));
        Grid<DeviceState> devices = _find(Grid.class).get(0);
        DeviceState agent = devices.getGenericDataView().getItems()
                .filter(s -> s.device().name().equals("Máy tính quầy 5")).findFirst().orElseThrow();
        devices.select(agent);

        _setValue(_get(Select.class, spec -> spec.withLabel("Loại thiết bị ngoại vi")), PeripheralKind.DOCUMENT_PRINTER);
        Select<vn.onedoor.center.Counter> counter = _get(Select.class, spec -> spec.withId("od-peripheral-counter"));
        assertThat(counter.getLabel()).isEqualTo("Của quầy");
        vn.onedoor.center.Counter five = counter.getListDataView().getItems().filter(k -> k.number() == 5).findFirst()
                .orElseThrow();
        assertThat(counter.getItemLabelGenerator().apply(five)).isEqualTo("Quầy 5");
        _setValue(counter, five);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Tham số (mỗi dòng khóa=giá trị)")), "transport=queue\nqueue=A4-quay5");
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị ngoại vi")));

        assertThat(lastMessage()).isEqualTo("Đã lưu; trạm thiết bị áp dụng trong vài giây.");
        assertThat(peripherals.documentPrinterOfCounter(five.id())).get().satisfies(p -> {
            assertThat(p.agentId()).isEqualTo(agent.device().id());
            assertThat(p.parameters()).containsEntry("queue", "A4-quay5");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_rating_terminal_is_created_for_its_counter_and_refused_without_one() {
        UI.getCurrent().navigate("admin", com.vaadin.flow.router.QueryParameters.of("tab", "devices"));
        LoginFormKt._login(_get(LoginForm.class), "admin", "demo");
        Grid<DeviceState> devices = _find(Grid.class).get(0);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên thiết bị")), "Máy tính bảng quầy 7");
        _setValue(_get(Select.class, spec -> spec.withLabel("Loại")), DeviceType.RATING);

        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("device-secret")).getText())
                .isEqualTo("Thiết bị đánh giá phải gắn với một quầy: hãy chọn quầy.");

        Select<vn.onedoor.center.Counter> counter = _get(Select.class, spec -> spec.withId("od-device-counter"));
        vn.onedoor.center.Counter seven = counter.getListDataView().getItems().filter(k -> k.number() == 7).findFirst()
                .orElseThrow();
        _setValue(counter, seven);
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("device-secret")).getText()).startsWith("Mã truy cập");
        assertThat(devices.getGenericDataView().getItems().filter(s -> s.device().name().equals("Máy tính bảng quầy 7"))
                .findFirst().orElseThrow().device().counterId()).isEqualTo(seven.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_switches_a_kiosk_off_and_its_token_is_refused_until_switched_on_again() {
        signInAndAdd("Ki-ốt tầng 2", DeviceType.KIOSK);
        String secret = _get(Paragraph.class, spec -> spec.withId("device-secret")).getText();
        String token = secret.substring(secret.lastIndexOf(' ') + 1);
        assertThat(registry.authenticate(token)).as("the new kiosk's token, from " + secret).isPresent();

        Grid<DeviceState> devices = _find(Grid.class).get(0);
        _click(switchOf(devices, "Ki-ốt tầng 2", "Tắt thiết bị"));

        assertThat(registry.authenticate(token)).isEmpty();
        DeviceState off = row(devices, "Ki-ốt tầng 2");
        assertThat(GridKt._getFormatted(devices.getColumns().get(2), off)).isEqualTo("Đã tắt");

        _click(switchOf(devices, "Ki-ốt tầng 2", "Bật lại"));
        assertThat(registry.authenticate(token)).isPresent();
        assertThat(row(devices, "Ki-ốt tầng 2").device().enabled()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_moves_a_rating_terminal_to_another_counter_and_renames_it_but_cannot_leave_it_without_one() {
        vn.onedoor.center.Counter two = directory.counters(1L).stream().map(vn.onedoor.center.CounterOverview::counter)
                .filter(k -> k.number() == 2).findFirst().orElseThrow();
        vn.onedoor.center.Counter nine = directory.counters(1L).stream().map(vn.onedoor.center.CounterOverview::counter)
                .filter(k -> k.number() == 9).findFirst().orElseThrow();
        UI.getCurrent().navigate("admin", com.vaadin.flow.router.QueryParameters.of("tab", "devices"));
        LoginFormKt._login(_get(LoginForm.class), "admin", "demo");
        Grid<DeviceState> devices = _find(Grid.class).get(0);
        devices.select(row(devices, "Thiết bị đánh giá quầy 2"));

        TextField name = _get(TextField.class, spec -> spec.withId("od-device-edit-name"));
        Select<vn.onedoor.center.Counter> counter = _get(Select.class, spec -> spec.withId("od-device-edit-counter"));
        assertThat(name.getValue()).isEqualTo("Thiết bị đánh giá quầy 2");
        assertThat(counter.getValue().id()).isEqualTo(two.id());

        _setValue(counter, null);
        _click(_get(Button.class, spec -> spec.withId("od-device-edit-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("od-device-edit-message")).getText())
                .isEqualTo("Thiết bị đánh giá phải gắn với một quầy: hãy chọn quầy.");

        _setValue(counter, nine);
        _setValue(name, "Thiết bị đánh giá quầy 9 (chuyển từ quầy 2)");
        Button save = _get(Button.class, spec -> spec.withId("od-device-edit-save"));
        assertThat(save.getText()).isEqualTo("Lưu thiết bị");
        _click(save);
        assertThat(_get(Paragraph.class, spec -> spec.withId("od-device-edit-message")).getText())
                .isEqualTo("Đã lưu tên và quầy của thiết bị.");

        Device moved = registry.authenticate("demo-rating-2").map(p -> registry.find(p.deviceId()).orElseThrow()).orElseThrow();
        assertThat(moved.counterId()).isEqualTo(nine.id());
        assertThat(moved.name()).isEqualTo("Thiết bị đánh giá quầy 9 (chuyển từ quầy 2)");
        assertThat(row(devices, "Thiết bị đánh giá quầy 9 (chuyển từ quầy 2)")).isNotNull();
        // back where the demo had it, for the other tests of this class
        registry.change(moved.id(), "Thiết bị đánh giá quầy 2", two.id());
    }

    /** The administrator signs in on /admin and adds a device of that name and type. */
    @SuppressWarnings("unchecked")
    private static void signInAndAdd(String name, DeviceType type) {
        UI.getCurrent().navigate("admin", com.vaadin.flow.router.QueryParameters.of("tab", "devices"));
        LoginFormKt._login(_get(LoginForm.class), "admin", "demo");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên thiết bị")), name);
        _setValue(_get(Select.class, spec -> spec.withLabel("Loại")), type);
        _click(_get(Button.class, spec -> spec.withText("Thêm thiết bị")));
    }

    private static DeviceState row(Grid<DeviceState> grid, String name) {
        return grid.getGenericDataView().getItems().filter(s -> s.device().name().equals(name)).findFirst().orElseThrow();
    }

    /** The switch button in the device's row, checked to say what it will do. */
    private static Button switchOf(Grid<DeviceState> grid, String name, String label) {
        List<DeviceState> rows = grid.getGenericDataView().getItems().toList();
        int index = rows.indexOf(row(grid, name));
        Button button = (Button) GridKt._getCellComponent(grid, index, "switch");
        assertThat(button.getText()).isEqualTo(label);
        return button;
    }

    private static String lastMessage() {
        List<Paragraph> paragraphs = _find(Paragraph.class);
        return paragraphs.get(paragraphs.size() - 1).getText();
    }
}
