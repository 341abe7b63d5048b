package io.optionsv4.store.memory;

import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.core.trade.ExitIntentStore;
import io.optionsv4.store.memory.MemoryBooks.StatusRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Exit intents in memory, as {@code JdbiExitIntentStore} keeps them: one per (strategy, rule, target share rounded to
 * 1e-6), the same decision stored twice being one intent. Like the identity column under {@code ON CONFLICT DO
 * NOTHING}, every {@link #open} draws an id, also when it finds the intent stored. The pending intents are indexed.
 * Thread-safe: each call holds the books' monitor.
 */
public final class MemoryExitIntentStore implements ExitIntentStore {

    private final MemoryBooks books;

    /** Creates the store over {@code books}. */
    public MemoryExitIntentStore(MemoryBooks books) {
        this.books = Checks.notNull(books, "books");
    }

    @Override
    public ExitIntent open(
            long strategyId, String rule, double targetClosedFraction, String reason, ExitIntent.Source source) {
        double target = Math.round(targetClosedFraction * 1e6) / 1e6;
        synchronized (books) {
            long id = ++books.lastIntentId;
            String key = strategyId + "\n" + target + "\n" + rule;
            Long existing = books.intentKeys.get(key);
            if (existing != null) {
                return books.intents.get(existing);
            }
            if (books.strategy(strategyId).isEmpty()) {
                throw new StoreException("storing the exit intent of strategy " + strategyId + ": no such strategy");
            }
            ExitIntent intent;
            try {
                intent = new ExitIntent(id, strategyId, rule, target, reason, source, ExitIntent.State.PENDING, "");
            } catch (IllegalArgumentException e) {
                throw new StoreException(
                        "storing the exit intent of strategy " + strategyId + ": " + e.getMessage(), e);
            }
            books.intents.put(id, intent);
            books.intentKeys.put(key, id);
            books.intentsByStrategy
                    .computeIfAbsent(strategyId, s -> new ArrayList<>())
                    .add(id);
            books.pendingIntents.put(id, intent);
            return intent;
        }
    }

    @Override
    public void finish(ExitIntent intent, ExitIntent.State state, String message) {
        synchronized (books) {
            ExitIntent old = books.intents.get(intent.id());
            if (old == null) {
                return;
            }
            ExitIntent changed = new ExitIntent(
                    old.id(),
                    old.strategyId(),
                    old.rule(),
                    old.targetClosedFraction(),
                    old.reason(),
                    old.source(),
                    state,
                    message);
            books.intents.put(old.id(), changed);
            if (state == ExitIntent.State.PENDING) {
                books.pendingIntents.put(old.id(), changed);
            } else {
                books.pendingIntents.remove(old.id());
            }
        }
    }

    @Override
    public List<ExitIntent> pending() {
        synchronized (books) {
            return List.copyOf(books.pendingIntents.values());
        }
    }

    @Override
    public void markClosed(long strategyId, String message) {
        synchronized (books) {
            if (books.strategy(strategyId).isEmpty()) {
                throw new StoreException("marking strategy " + strategyId + " closed: no such strategy");
            }
            StatusRow old = books.statuses.get(strategyId);
            books.statuses.put(
                    strategyId,
                    new StatusRow(StrategyStatus.CLOSED, old == null ? null : old.lots(), message, books.now()));
            books.refresh(strategyId);
        }
    }
}
