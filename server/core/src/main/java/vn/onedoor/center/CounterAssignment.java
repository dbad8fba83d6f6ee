package vn.onedoor.center;

import io.micronaut.core.annotation.Introspected;

/** A service group that a counter serves, with its routing weight. */
@Introspected
public record CounterAssignment(Long counterId, Long serviceGroupId, String prefix, String groupName, int weight) {}
