package vn.onedoor.counter.ui;

import jakarta.inject.Singleton;
import vn.onedoor.admin.CenterAdmin;
import vn.onedoor.admin.CounterAdmin;
import vn.onedoor.admin.GroupAdmin;
import vn.onedoor.admin.SettingsAdmin;
import vn.onedoor.admin.StaffAdmin;
import vn.onedoor.audit.AuditLog;
import vn.onedoor.calendar.CalendarOverrides;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.admin.CatalogAdmin;
import vn.onedoor.admin.CatalogImport;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.DeviceOverview;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.Pairing;
import vn.onedoor.device.Peripherals;
import vn.onedoor.queue.ProvinceOverview;

/** The services the administration screens use, in one bean so each panel's constructor stays short. */
@Singleton
public record AdminServices(CenterAdmin centers, GroupAdmin groups, CounterAdmin counters, StaffAdmin staff,
        SettingsAdmin settings, AuditLog audit, CenterDirectory directory, Catalog catalog, CatalogImport catalogImport, CatalogAdmin catalogAdmin,
        CalendarOverrides calendar, ProvinceOverview province, DeviceOverview overview, DeviceRegistry devices,
        Pairing pairing, Peripherals peripherals) {}
