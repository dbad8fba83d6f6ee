package vn.onedoor.device;

/** An administrator switched a device off: its token is refused from now on, cached or not. */
public record DeviceSwitchedOff(long deviceId) {}
