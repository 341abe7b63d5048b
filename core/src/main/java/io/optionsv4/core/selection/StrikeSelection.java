package io.optionsv4.core.selection;

import java.util.List;

/**
 * What {@link StrikeSelector} found: the strategy's strikes, ascending, or what was missing.
 *
 * @param strikes the chosen listed strikes {@code K1 < K2 < ...}, empty when none could be chosen
 * @param missing what could not be found, in words; empty when strikes were chosen
 */
record StrikeSelection(List<Double> strikes, String missing) {

    StrikeSelection {
        strikes = List.copyOf(strikes);
    }

    static StrikeSelection chosen(double[] strikes) {
        Double[] boxed = new Double[strikes.length];
        for (int i = 0; i < strikes.length; i++) {
            boxed[i] = strikes[i];
        }
        return new StrikeSelection(List.of(boxed), "");
    }

    static StrikeSelection missing(String what) {
        return new StrikeSelection(List.of(), what);
    }

    boolean found() {
        return !strikes.isEmpty();
    }
}
