package vn.onedoor.device;

/** What a device in the hall is; decides which screen its token opens. */
public enum DeviceType {
    KIOSK,
    DISPLAY,
    RATING,
    AGENT
}
