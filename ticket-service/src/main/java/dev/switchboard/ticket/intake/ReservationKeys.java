package dev.switchboard.ticket.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The identities under which a create request is reserved, so that a repeat finds the first ticket: the platform's
 * own id first (the business identity: two different Idempotency-Keys for one externalId still make one ticket), then
 * the Idempotency-Key. Both are scoped by platform, as two platforms may use the same ids.
 */
public final class ReservationKeys {

    private ReservationKeys() {
    }

    public static List<String> of(String platform, String externalId, String idempotencyKey) {
        List<String> keys = new ArrayList<>(2);
        if (externalId != null && !externalId.isBlank()) {
            keys.add("external:" + platform + ":" + externalId);
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            keys.add("idempotency:" + platform + ":" + idempotencyKey);
        }
        return List.copyOf(keys);
    }
}
