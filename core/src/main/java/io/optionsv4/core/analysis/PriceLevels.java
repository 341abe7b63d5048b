package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One underlying's price levels as of one day, gathered from every source: swing points ({@link SwingLevels}), round
 * numbers ({@link RoundNumbers}, {@value #ROUND_PER_SIDE} a side), OI walls of the near chain ({@link OiWalls},
 * {@value #WALLS_PER_SIDE} a side), and the value-area edges of the last {@value SwingLevels#LOOKBACK} candles'
 * volume profile (bins of a tenth of the round-number step; strength {@value #VALUE_AREA_STRENGTH}); plus the near
 * chain's max pain. Maps onto the stored {@code core.selection.MarketLevels} and {@code PriceLevel}s.
 *
 * @param reference the price the levels are relative to: the chain's spot, else the last close, rupees
 * @param supports levels below {@code reference}, nearest first
 * @param resistances levels above {@code reference}, nearest first
 * @param valueArea the 70 % value area, absent without volume
 * @param maxPain the near chain's max pain, absent without a chain or open interest
 */
public record PriceLevels(
        double reference,
        List<KeyLevel> supports,
        List<KeyLevel> resistances,
        Optional<VolumeProfile.ValueArea> valueArea,
        OptionalDouble maxPain) {

    /** Round numbers taken on each side. */
    public static final int ROUND_PER_SIDE = 2;

    /** OI walls taken on each side. */
    public static final int WALLS_PER_SIDE = 3;

    /** Strength given to the value-area edges. */
    public static final double VALUE_AREA_STRENGTH = 0.6;

    /** Validates the components and copies the lists. */
    public PriceLevels {
        Checks.positive(reference, "reference");
        supports = List.copyOf(Checks.notNull(supports, "supports"));
        resistances = List.copyOf(Checks.notNull(resistances, "resistances"));
        Checks.notNull(valueArea, "valueArea");
        Checks.notNull(maxPain, "maxPain");
    }

    /**
     * Gathers the levels as of {@code asOf}.
     *
     * @param candles daily candles, strictly increasing dates
     * @param nearChain the nearest expiry's chain of the as-of day, if any
     * @param asOf the analysis day
     * @throws IllegalArgumentException when no candle is dated on or before {@code asOf}
     */
    public static PriceLevels of(List<Candle> candles, Optional<OptionChain> nearChain, LocalDate asOf) {
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        Checks.argument(!history.isEmpty(), () -> "no candle on or before " + asOf);
        Checks.notNull(nearChain, "nearChain");
        double reference = nearChain
                .flatMap(c -> c.spot().isPresent() ? Optional.of(c.spot().getAsDouble()) : Optional.empty())
                .orElse(history.get(history.size() - 1).close());
        List<KeyLevel> all = new ArrayList<>(SwingLevels.find(history, asOf));
        all.addAll(RoundNumbers.around(reference, ROUND_PER_SIDE));
        nearChain.ifPresent(c -> all.addAll(OiWalls.of(c, reference, WALLS_PER_SIDE)));
        List<Candle> recent = history.subList(Math.max(0, history.size() - SwingLevels.LOOKBACK), history.size());
        Optional<VolumeProfile.ValueArea> area = Optional.empty();
        if (recent.stream().anyMatch(c -> c.volume() > 0)) {
            VolumeProfile.ValueArea va = VolumeProfile.of(recent, asOf, RoundNumbers.step(reference) / 10)
                    .valueArea(VolumeProfile.VALUE_AREA_SHARE);
            area = Optional.of(va);
            all.add(edge(va.low(), reference));
            all.add(edge(va.high(), reference));
        }
        List<KeyLevel> supports = all.stream()
                .filter(l -> l.price() < reference)
                .sorted(Comparator.comparingDouble(KeyLevel::price).reversed())
                .toList();
        List<KeyLevel> resistances = all.stream()
                .filter(l -> l.price() > reference)
                .sorted(Comparator.comparingDouble(KeyLevel::price))
                .toList();
        OptionalDouble maxPain = nearChain.map(MaxPain::of).orElse(OptionalDouble.empty());
        return new PriceLevels(reference, supports, resistances, area, maxPain);
    }

    /**
     * Gathers the levels of an underlying without a price history around {@code reference} (&gt; 0): round numbers and
     * the OI walls and max pain of {@code nearChain}; no swing points, no value area.
     */
    public static PriceLevels ofChain(OptionChain nearChain, double reference) {
        Checks.notNull(nearChain, "nearChain");
        Checks.positive(reference, "reference");
        List<KeyLevel> all = new ArrayList<>(RoundNumbers.around(reference, ROUND_PER_SIDE));
        all.addAll(OiWalls.of(nearChain, reference, WALLS_PER_SIDE));
        List<KeyLevel> supports = all.stream()
                .filter(l -> l.price() < reference)
                .sorted(Comparator.comparingDouble(KeyLevel::price).reversed())
                .toList();
        List<KeyLevel> resistances = all.stream()
                .filter(l -> l.price() > reference)
                .sorted(Comparator.comparingDouble(KeyLevel::price))
                .toList();
        return new PriceLevels(reference, supports, resistances, Optional.empty(), MaxPain.of(nearChain));
    }

    private static KeyLevel edge(double price, double reference) {
        KeyLevel.Type type = price < reference ? KeyLevel.Type.SUPPORT : KeyLevel.Type.RESISTANCE;
        return new KeyLevel(type, price, VALUE_AREA_STRENGTH, KeyLevel.Source.VOLUME_PROFILE);
    }
}
