package vn.onedoor.center;

/**
 * A center's configuration changed (its groups, counters, settings, the center itself), published
 * after the commit and before the change's call returns: caches of it are dropped at once.
 */
public record ConfigurationChanged(long centerId) {}
