package vn.onedoor.center;

import java.util.List;

/** A counter with the service groups it serves, for lists on screens and in the API. */
public record CounterOverview(Counter counter, List<CounterAssignment> serves) {

    public String prefixes() {
        return String.join(", ", serves.stream().map(CounterAssignment::prefix).toList());
    }
}
