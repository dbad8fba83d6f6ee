package vn.onedoor.catalog;

public enum AgencyLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
