package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The ATM implied volatility across expiries and its shape: UPWARD when the farthest expiry's ATM IV exceeds the
 * nearest's by more than {@value #FLAT_BAND} (one vol point), INVERTED when it is lower by more than that (near-term
 * stress, e.g. before results), else FLAT.
 *
 * @param expiries the expected moves per expiry, increasing expiry, at least two
 */
public record IvTermStructure(List<ExpiryMove> expiries) {

    /** Near-to-far ATM IV difference within which the structure is flat (0.01 = one vol point). */
    public static final double FLAT_BAND = 0.01;

    /** Validates and copies the expiries. */
    public IvTermStructure {
        expiries = List.copyOf(Checks.notNull(expiries, "expiries"));
        Checks.argument(expiries.size() >= 2, "a term structure needs two expiries but had " + expiries.size());
    }

    /** The shape of the term structure. */
    public enum Shape {
        /** Far expiries carry more IV than near ones, the usual state. */
        UPWARD,
        /** Near and far IV within one vol point. */
        FLAT,
        /** Near expiries carry more IV than far ones. */
        INVERTED
    }

    /** Returns the term structure of {@code moves}, or empty with fewer than two expiries. */
    public static Optional<IvTermStructure> of(List<ExpiryMove> moves) {
        return Checks.notNull(moves, "moves").size() >= 2 ? Optional.of(new IvTermStructure(moves)) : Optional.empty();
    }

    /** Returns the farthest expiry's ATM IV minus the nearest's. */
    public double slope() {
        return expiries.get(expiries.size() - 1).atmIv() - expiries.get(0).atmIv();
    }

    /** Returns the shape by {@link #slope()}. */
    public Shape shape() {
        double slope = slope();
        if (slope > FLAT_BAND) {
            return Shape.UPWARD;
        }
        return slope < -FLAT_BAND ? Shape.INVERTED : Shape.FLAT;
    }
}
