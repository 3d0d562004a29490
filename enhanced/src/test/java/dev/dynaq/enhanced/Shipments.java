package dev.dynaq.enhanced;

import dev.dynaq.enhanced.model.Address;
import dev.dynaq.enhanced.model.Shipment;
import dev.dynaq.enhanced.model.Shipment.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test shipments: every attribute set on most, nulls and empty collections on some. */
final class Shipments {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Shipments() {
    }

    static Shipment shipment(String customerId, int n, Status status) {
        boolean sparse = n % 3 == 0;
        return new Shipment(
                customerId,
                String.format("s%03d", n),
                status,
                T0.plusMillis(n * 1_500L),            // sub-second times: Dynaq's fixed-width form sorts them right
                n % 2 == 0 ? "ups" : "dhl",
                new BigDecimal(n).movePointLeft(1).stripTrailingZeros(),   // 0.1 kg steps, as DynamoDB returns them (1, not 1.0)
                sparse ? null : List.of("item-" + n, "manual"),
                sparse ? Set.of() : Set.of("fragile", "n" + n),
                sparse ? null : Map.of("boxes", n),
                sparse ? null : new Address("Main St " + n, 10_000 + n, n % 2 == 0 ? "Berlin" : null),
                sparse ? null : n % 2 == 0,
                n);
    }

    /** 12 shipments of two customers, statuses rotating. */
    static List<Shipment> all() {
        List<Shipment> shipments = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            shipments.add(shipment(n <= 8 ? "c1" : "c2", n, Status.values()[n % 3]));
        }
        return shipments;
    }
}
