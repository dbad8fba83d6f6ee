package vn.onedoor.calendar.model;

import java.time.LocalDate;

/** One day of a year's calendar that differs from the Monday–Friday rule; {@code name} in Vietnamese. */
public record Holiday(LocalDate date, String name, HolidayKind kind) {}
