package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * Where a strategy's strikes go: one {@link Step} per strike, resolved in the listed order. A step aims at a price
 * {@code sign x distance x oneSigma} away from the spot or from a strike resolved before it; the strike chosen is the
 * liquid listed strike nearest that price that keeps the strikes strictly ascending.
 *
 * @param steps one step per strike number, anchors before the strikes that hang on them
 */
record StrikePlan(List<Step> steps) {

    StrikePlan {
        steps = List.copyOf(Checks.notNull(steps, "steps"));
    }

    /** Returns a plan of the given steps. */
    static StrikePlan of(Step... steps) {
        return new StrikePlan(List.of(steps));
    }

    /** Returns the step of strike number {@code strikeNumber} (from 1). */
    Step step(int strikeNumber) {
        for (Step step : steps) {
            if (step.strikeNumber() == strikeNumber) {
                return step;
            }
        }
        throw new IllegalStateException("the plan has no step for K" + strikeNumber + ": " + steps);
    }

    /**
     * One strike's target.
     *
     * @param strikeNumber the strike, from 1 (lowest)
     * @param anchor 0 for the spot, else the number of the strike it is measured from
     * @param sign +1 above the anchor, -1 below
     * @param role which distance of {@link ConstructionSettings.StrikeDistances} applies
     */
    record Step(int strikeNumber, int anchor, int sign, Role role) {

        /** Returns the target price given the spot, the chosen strikes (index = number - 1) and the 1-sigma move. */
        double target(double spot, double[] strikes, double oneSigma, ConstructionSettings.StrikeDistances d) {
            double from = anchor == 0 ? spot : strikes[anchor - 1];
            return from + sign * role.distance(d) * oneSigma;
        }
    }

    /** The kinds of strike distance. */
    enum Role {
        /** At the money: distance 0. */
        ATM,
        /** {@link ConstructionSettings.StrikeDistances#directionalLong()}. */
        DIRECTIONAL_LONG,
        /** {@link ConstructionSettings.StrikeDistances#directionalShort()}. */
        DIRECTIONAL_SHORT,
        /** {@link ConstructionSettings.StrikeDistances#creditShort()}. */
        CREDIT_SHORT,
        /** {@link ConstructionSettings.StrikeDistances#longWing()}. */
        LONG_WING,
        /** {@link ConstructionSettings.StrikeDistances#strangleLong()}. */
        STRANGLE_LONG,
        /** {@link ConstructionSettings.StrikeDistances#incomeShort()}. */
        INCOME_SHORT,
        /** {@link ConstructionSettings.StrikeDistances#ratioShort()}. */
        RATIO_SHORT,
        /** {@link ConstructionSettings.StrikeDistances#butterflyWing()}. */
        BUTTERFLY_WING,
        /** {@link ConstructionSettings.StrikeDistances#brokenWingWide()}. */
        BROKEN_WING_WIDE;

        double distance(ConstructionSettings.StrikeDistances d) {
            return switch (this) {
                case ATM -> 0.0;
                case DIRECTIONAL_LONG -> d.directionalLong();
                case DIRECTIONAL_SHORT -> d.directionalShort();
                case CREDIT_SHORT -> d.creditShort();
                case LONG_WING -> d.longWing();
                case STRANGLE_LONG -> d.strangleLong();
                case INCOME_SHORT -> d.incomeShort();
                case RATIO_SHORT -> d.ratioShort();
                case BUTTERFLY_WING -> d.butterflyWing();
                case BROKEN_WING_WIDE -> d.brokenWingWide();
            };
        }
    }
}
