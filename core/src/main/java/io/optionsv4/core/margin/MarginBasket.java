package io.optionsv4.core.margin;

import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The legs margined together, all on one underlying.
 *
 * @param legs the legs; not empty
 */
public record MarginBasket(List<BasketLeg> legs) {

    /** Validates and copies the legs. */
    public MarginBasket {
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), "a margin basket needs at least one leg");
    }

    /** Returns a basket of {@code legs} whose options are all repriced at {@code impliedVol}. */
    public static MarginBasket of(List<? extends Leg> legs, double impliedVol) {
        Checks.notNull(legs, "legs");
        List<BasketLeg> basket = new ArrayList<>(legs.size());
        for (Leg leg : legs) {
            basket.add(new BasketLeg(leg, impliedVol));
        }
        return new MarginBasket(basket);
    }

    /** Returns this basket with {@code leg} added. */
    public MarginBasket with(BasketLeg leg) {
        List<BasketLeg> more = new ArrayList<>(legs);
        more.add(leg);
        return new MarginBasket(more);
    }
}
