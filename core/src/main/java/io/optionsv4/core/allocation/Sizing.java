package io.optionsv4.core.allocation;

import java.util.function.Supplier;

/**
 * How many more lots of a candidate fit, and when none, which limit binds and its figures.
 *
 * @param lots the lots that fit, {@code >= 0}
 * @param reason the binding limit when {@code lots == 0}, else null
 * @param detail the figures behind the reason, else empty
 */
record Sizing(int lots, ExclusionReason reason, String detail) {

    static Sizing none(ExclusionReason reason, String detail) {
        return new Sizing(0, reason, detail);
    }

    /** Takes the smallest of the lots each limit allows; the first limit reaching 0 names the reason. */
    static final class Builder {
        private final double capitalPerLot;
        private int lots;
        private ExclusionReason reason;
        private String detail = "";

        Builder(int wanted, double capitalPerLot) {
            this.lots = Math.max(0, wanted);
            this.capitalPerLot = capitalPerLot;
        }

        int lots() {
            return lots;
        }

        void capLots(int maxLots) {
            lots = Math.max(0, Math.min(lots, maxLots));
        }

        /** Caps the lots at {@code fit}, what the lots-per-order limit {@code max} leaves for {@code c}'s legs. */
        void lotLimit(int fit, int max, AllocationCandidate c) {
            apply(
                    ExclusionReason.LOT_LIMIT,
                    Math.max(0, fit),
                    () -> String.format(
                            "LOT_LIMIT: %d lots a leg at most, the largest leg holds %d lots per strategy lot",
                            max, c.legLotsPerLot()));
        }

        /** Caps the lots at {@code fit}, what the legs' books still offer for {@code c}. */
        void liquidityLimit(int fit, AllocationCandidate c) {
            apply(
                    ExclusionReason.LIQUIDITY_LIMIT,
                    Math.max(0, fit),
                    () -> String.format(
                            "LIQUIDITY_LIMIT: the thinnest leg's book offers %d strategy lots in one snapshot",
                            c.liquidityLots()));
        }

        /** Caps the lots by the capital room {@code cap − used}. */
        void room(ExclusionReason limit, double cap, double used) {
            int fit = (int) Math.max(0, Math.floor((cap - used) / capitalPerLot + BookLimits.EPSILON));
            apply(
                    limit,
                    fit,
                    () -> String.format(
                            "%s: ₹%.0f of ₹%.0f used, one lot needs ₹%.0f", limit, used, cap, capitalPerLot));
        }

        /** Caps the lots so that {@code |current + lots × perLot| <= limit}. */
        void greek(ExclusionReason limit, double current, double perLot, double cap) {
            int fit = BookLimits.lotsWithin(current, perLot, cap, lots);
            apply(
                    limit,
                    fit,
                    () -> String.format(
                            "%s: portfolio at %.0f of ±%.0f, one lot adds %.0f", limit, current, cap, perLot));
        }

        void marginLots(int fit) {
            apply(
                    ExclusionReason.OPTIONS_BUDGET_LIMIT,
                    fit,
                    () -> "OPTIONS_BUDGET_LIMIT: the basket margin would exceed the deployment ceiling");
        }

        /** Caps the lots at {@code fit}; the detail is written only when this limit is the one that binds. */
        private void apply(ExclusionReason limit, int fit, Supplier<String> text) {
            if (fit < lots) {
                lots = fit;
                if (fit == 0 && reason == null) {
                    reason = limit;
                    detail = text.get();
                }
            }
        }

        Sizing build() {
            if (lots > 0) {
                return new Sizing(lots, null, "");
            }
            if (reason == null) {
                throw new IllegalStateException("no lots fit but no limit bound");
            }
            return new Sizing(0, reason, detail);
        }
    }
}
