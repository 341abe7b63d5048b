package io.optionsv4.engine.paper;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import java.util.HashMap;
import java.util.Map;

/**
 * What each contract's current market snapshot still offers: the quantity shown at the bid or ask where the source
 * reports it, else the {@link PaperLiquidity} share of volume or open interest, less what fills against the same
 * snapshot already took. A changed quote is a new snapshot and offers its quantity afresh. Kept in memory only (a
 * restarted broker sees every snapshot afresh). What a broker step takes is kept when the step is stored
 * ({@link #commit()}) and given back when it is discarded ({@link #discard()}). Not thread-safe.
 */
final class SnapshotLiquidity {

    private record Used(OptionQuote snapshot, long bought, long sold) {}

    private final PaperLiquidity shares;
    private final Map<OptionInstrument, Used> used = new HashMap<>();
    private final Map<OptionInstrument, Used> usedBeforeStep = new HashMap<>();

    SnapshotLiquidity(PaperLiquidity shares) {
        this.shares = Checks.notNull(shares, "shares");
    }

    /** Keeps what the current step took: its broker step was stored. */
    void commit() {
        usedBeforeStep.clear();
    }

    /** Gives back what the current step took: its broker step was discarded. */
    void discard() {
        usedBeforeStep.forEach((contract, before) -> {
            if (before == null) {
                used.remove(contract);
            } else {
                used.put(contract, before);
            }
        });
        usedBeforeStep.clear();
    }

    /** Returns the units of {@code contract} that {@code side} may still trade against {@code snapshot}, whole lots. */
    long available(OptionInstrument contract, OptionQuote snapshot, Side side, int lotSize) {
        long offered = offered(snapshot, side, lotSize);
        Used u = used.get(contract);
        long taken = u == null || !u.snapshot().equals(snapshot) ? 0 : side == Side.BUY ? u.bought() : u.sold();
        long left = Math.max(0, offered - taken);
        return left / lotSize * lotSize;
    }

    /** Records that {@code units} of {@code contract} traded on {@code side} against {@code snapshot}. */
    void take(OptionInstrument contract, OptionQuote snapshot, Side side, long units) {
        Used u = used.get(contract);
        if (!usedBeforeStep.containsKey(contract)) {
            usedBeforeStep.put(contract, u);
        }
        if (u == null || !u.snapshot().equals(snapshot)) {
            u = new Used(snapshot, 0, 0);
        }
        used.put(
                contract,
                side == Side.BUY
                        ? new Used(snapshot, u.bought() + units, u.sold())
                        : new Used(snapshot, u.bought(), u.sold() + units));
    }

    private long offered(OptionQuote snapshot, Side side, int lotSize) {
        return shares.offeredUnits(snapshot, side, lotSize);
    }
}
