package vn.onedoor.counter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.onedoor.admin.CenterForm;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterLevel;

/** The fields of a center, for the first setup and the center dialog. */
final class CenterFields extends FormLayout {

    static final String DEFAULT_HOURS = "07:00-11:30, 13:30-17:00";

    final TextField name = new TextField();
    final TextField unitCode = new TextField();
    final TextField address = new TextField();
    final Select<CenterLevel> level = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final TextField openingHours = new TextField();

    CenterFields() {
        name.setLabel(getTranslation("admin.center.name"));
        name.setId("center-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(255);
        unitCode.setLabel(getTranslation("admin.center.unit-code"));
        unitCode.setId("center-unit-code");
        unitCode.setHelperText(getTranslation("admin.center.unit-code.help"));
        unitCode.setRequiredIndicatorVisible(true);
        address.setLabel(getTranslation("admin.center.address"));
        address.setId("center-address");
        level.setLabel(getTranslation("admin.center.level"));
        level.setId("center-level");
        level.setItems(CenterLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("admin.center.level." + l.name()));
        level.setValue(CenterLevel.COMMUNE);
        timeZone.setLabel(getTranslation("admin.center.time-zone"));
        timeZone.setId("center-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("Asia/")).sorted().toList());
        timeZone.setValue(Center.DEFAULT_TIME_ZONE);
        openingHours.setLabel(getTranslation("admin.center.opening-hours"));
        openingHours.setId("center-opening-hours");
        openingHours.setHelperText(getTranslation("admin.center.opening-hours.help"));
        openingHours.setValue(DEFAULT_HOURS);
        add(name, unitCode, address, level, timeZone, openingHours);
        setColspan(name, 2);
        setColspan(address, 2);
    }

    void show(Center c) {
        name.setValue(c.name());
        unitCode.setValue(c.unitCode() == null ? "" : c.unitCode());
        address.setValue(c.address() == null ? "" : c.address());
        level.setValue(c.level());
        timeZone.setValue(c.timeZone());
        openingHours.setValue(c.openingHours() == null ? "" : c.openingHours());
    }

    CenterForm form() {
        return new CenterForm(name.getValue(), unitCode.getValue(), address.getValue(), level.getValue(),
                timeZone.getValue(), openingHours.getValue());
    }

    /** The fields by the names refusals give them. */
    Map<String, HasValidation> byField() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("unitCode", unitCode);
        m.put("address", address);
        m.put("level", level);
        m.put("timeZone", timeZone);
        m.put("openingHours", openingHours);
        return m;
    }
}
