package vn.onedoor.counter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.onedoor.calendar.CalendarOverride;
import vn.onedoor.calendar.OverrideResult;
import vn.onedoor.calendar.model.OverrideKind;
import vn.onedoor.center.Center;
import vn.onedoor.center.Setting;

/**
 * A center's settings on screen: the wall board's marquee and voice, the kiosk's idle time and
 * languages, and the working calendar's overrides (days off moved, make-up working days).
 */
final class SettingsPanel extends VerticalLayout {

    private final AdminServices services;
    private final Center center;
    private final Grid<CalendarOverride> overrides = new Grid<>();
    private final Select<Integer> year = new Select<>();

    SettingsPanel(AdminServices services, Center center) {
        this.services = services;
        this.center = center;
        setPadding(false);
        Map<String, String> values = services.settings().settings(AdminSupport.caller(), center.id());
        TextArea marquee = new TextArea(getTranslation("field.board.marquee"));
        marquee.setId("setting-marquee");
        marquee.setMaxLength(Setting.MARQUEE_MAX);
        marquee.setValue(values.get(Setting.BOARD_MARQUEE.key()));
        marquee.setHelperText(getTranslation("admin.settings.marquee.help"));
        Checkbox voice = new Checkbox(getTranslation("field.board.voice"));
        voice.setId("setting-voice");
        voice.setValue(Boolean.parseBoolean(values.get(Setting.BOARD_VOICE.key())));
        IntegerField volume = number("setting-volume", "field.board.voice.volume", values, Setting.BOARD_VOICE_VOLUME, 0, 100);
        IntegerField repeats = number("setting-repeats", "field.board.voice.repeats", values, Setting.BOARD_VOICE_REPEATS,
                1, 3);
        IntegerField idle = number("setting-idle", "field.kiosk.idle-seconds", values, Setting.KIOSK_IDLE_SECONDS, 10, 600);
        Select<String> languages = new Select<>();
        languages.setId("setting-languages");
        languages.setLabel(getTranslation("field.kiosk.languages"));
        languages.setItems("vi,en", "vi");
        languages.setItemLabelGenerator(v -> getTranslation("admin.settings.languages." + v.replace(",", "-")));
        languages.setValue(values.get(Setting.KIOSK_LANGUAGES.key()));
        FormLayout form = new FormLayout(marquee, voice, volume, repeats, idle, languages);
        form.setColspan(marquee, 2);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put(Setting.BOARD_MARQUEE.key(), marquee);
        fields.put(Setting.BOARD_VOICE_VOLUME.key(), volume);
        fields.put(Setting.BOARD_VOICE_REPEATS.key(), repeats);
        fields.put(Setting.KIOSK_IDLE_SECONDS.key(), idle);
        fields.put(Setting.KIOSK_LANGUAGES.key(), languages);
        Button save = new Button(getTranslation("admin.save"), e -> {
            Map<String, String> changed = new LinkedHashMap<>();
            changed.put(Setting.BOARD_MARQUEE.key(), marquee.getValue());
            changed.put(Setting.BOARD_VOICE.key(), String.valueOf(voice.getValue()));
            changed.put(Setting.BOARD_VOICE_VOLUME.key(), String.valueOf(volume.getValue()));
            changed.put(Setting.BOARD_VOICE_REPEATS.key(), String.valueOf(repeats.getValue()));
            changed.put(Setting.KIOSK_IDLE_SECONDS.key(), String.valueOf(idle.getValue()));
            changed.put(Setting.KIOSK_LANGUAGES.key(), languages.getValue());
            if (AdminSupport.attempt(this, fields, () -> services.settings().update(AdminSupport.caller(), center.id(),
                    changed))) {
                Texts.done(this, "admin.saved");
            }
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("admin.settings.screens")), form, save, new H3(getTranslation("admin.settings.calendar")),
                calendar());
    }

    private IntegerField number(String id, String label, Map<String, String> values, Setting s, int min, int max) {
        IntegerField f = new IntegerField(getTranslation(label));
        f.setId(id);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setValue(Integer.parseInt(values.get(s.key())));
        return f;
    }

    private VerticalLayout calendar() {
        int thisYear = LocalDate.now(ZoneId.of(center.timeZone())).getYear();
        year.setLabel(getTranslation("admin.settings.year"));
        year.setItems(thisYear - 1, thisYear, thisYear + 1);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        overrides.addColumn(CalendarOverride::date).setHeader(getTranslation("admin.settings.day")).setAutoWidth(true);
        overrides.addColumn(o -> getTranslation("admin.settings.kind." + o.kind().name()))
                .setHeader(getTranslation("admin.settings.kind")).setAutoWidth(true);
        overrides.addColumn(o -> o.note() == null ? "" : o.note()).setHeader(getTranslation("admin.settings.note"))
                .setFlexGrow(2);
        overrides.addComponentColumn(o -> new Button(getTranslation("admin.remove"), e -> {
            services.calendar().delete(center.id(), o.id());
            refresh();
        })).setAutoWidth(true);
        overrides.setAllRowsVisible(true);
        DatePicker day = new DatePicker(getTranslation("admin.settings.day"));
        day.setId("override-day");
        Select<OverrideKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.settings.kind"));
        kind.setItems(OverrideKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.settings.kind." + k.name()));
        kind.setValue(OverrideKind.OFF);
        TextField note = new TextField(getTranslation("admin.settings.note"));
        Button add = new Button(getTranslation("admin.settings.add-override"), e -> {
            if (day.getValue() == null) {
                day.setErrorMessage(getTranslation("admin.settings.day-required"));
                day.setInvalid(true);
                return;
            }
            OverrideResult result = services.calendar().add(center.id(), day.getValue(), kind.getValue(),
                    note.getValue(), StaffHome.current().username());
            if (result instanceof OverrideResult.Rejected r) {
                day.setErrorMessage(Texts.known(this, "error." + r.code(), "error.other", r.message()));
                day.setInvalid(true);
                Texts.error(this, day.getErrorMessage());
            } else {
                day.setInvalid(false);
                day.clear();
                note.clear();
                refresh();
            }
        });
        HorizontalLayout bar = new HorizontalLayout(year, day, kind, note, add);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(bar, overrides);
        box.setPadding(false);
        refresh();
        return box;
    }

    private void refresh() {
        overrides.setItems(services.calendar().list(center.id(), year.getValue()));
    }
}
