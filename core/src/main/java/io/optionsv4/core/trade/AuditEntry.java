package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of the append-only audit log: who decided or saw what about which entity. Details are text key-value
 * pairs; they never hold a secret (the broker's credentials are not in any value the execution sees).
 *
 * @param actor who wrote it, e.g. {@code execute}
 * @param event what happened, e.g. {@code order.placed}, {@code strategy.transition}, {@code check.failed}
 * @param entity the kind of entity, e.g. {@code strategy} or {@code order}
 * @param entityId the entity's id, e.g. the strategy id or the correlation id
 * @param details the facts, sorted by key
 */
public record AuditEntry(String actor, String event, String entity, String entityId, Map<String, String> details) {

    /** Validates the entry and copies the details in key order. */
    public AuditEntry {
        Checks.notBlank(actor, "actor");
        Checks.notBlank(event, "event");
        Checks.notNull(entity, "entity");
        Checks.notNull(entityId, "entityId");
        details = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull(details, "details")));
    }
}
