package vn.onedoor.center;

/**
 * A center's level since 1 July 2025: the province's center, or a commune's one-stop section
 * (Bộ phận Một cửa cấp xã), which receives its dossiers under its own unit code.
 */
public enum CenterLevel {
    PROVINCIAL,
    COMMUNE
}
