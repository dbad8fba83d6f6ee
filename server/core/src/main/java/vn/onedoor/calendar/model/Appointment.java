package vn.onedoor.calendar.model;

import java.time.LocalDate;

/** The date a dossier counts as received and the date its result is promised (ngày hẹn trả kết quả). */
public record Appointment(LocalDate receivedDate, LocalDate appointmentDate) {}
