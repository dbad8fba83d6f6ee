package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A counter as its form gives it: number, name, and the groups it serves with their weights (1–100, default 1). */
@Serdeable
public record CounterForm(@Nullable Integer number, String name, @Nullable List<Serves> groups) {

    @Serdeable
    public record Serves(long serviceGroupId, @Nullable Integer weight) {}
}
