package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Traded volume by price: contiguous bins of equal width, each candle's volume put into the bin of its typical price
 * {@code (high + low + close) / 3}. The point of control is the bin with the most volume (the lower on a tie); the
 * value area grows from it one bin at a time, adding the neighbour above or below with more volume (above on a tie),
 * until it holds at least the requested share (conventionally 70 %) of the total.
 *
 * @param binWidth price width of each bin, rupees, {@code > 0}
 * @param bins the bins, contiguous and increasing by {@code binWidth}, not empty
 */
public record VolumeProfile(double binWidth, List<Bin> bins) {

    /** The conventional value-area share of volume, 70 %. */
    public static final double VALUE_AREA_SHARE = 0.70;

    /** Validates and copies the bins. */
    public VolumeProfile {
        Checks.positive(binWidth, "binWidth");
        bins = List.copyOf(Checks.notNull(bins, "bins"));
        Checks.argument(!bins.isEmpty(), "bins must not be empty");
    }

    /**
     * One price bin.
     *
     * @param price the bin's centre in rupees, {@code > 0}
     * @param volume volume traded at prices in the bin, {@code >= 0}
     */
    public record Bin(double price, long volume) {

        /** Validates the bin. */
        public Bin {
            Checks.positive(price, "price");
            Checks.argument(volume >= 0, () -> "volume must be >= 0 but was " + volume);
        }
    }

    /**
     * The value area: the price range around the point of control holding the requested share of volume.
     *
     * @param low centre of the lowest bin in the area, rupees
     * @param pointOfControl centre of the bin with the most volume
     * @param high centre of the highest bin in the area
     * @param volumeShare the share of total volume the area holds, in [0, 1]
     */
    public record ValueArea(double low, double pointOfControl, double high, double volumeShare) {}

    /**
     * Builds the profile of the candles dated on or before {@code asOf}.
     *
     * @param candles daily candles, strictly increasing dates
     * @param asOf the analysis day
     * @param binWidth price width of each bin, rupees, {@code > 0}
     * @throws IllegalArgumentException when no candle is dated on or before {@code asOf}
     */
    public static VolumeProfile of(List<Candle> candles, LocalDate asOf, double binWidth) {
        Checks.positive(binWidth, "binWidth");
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        Checks.argument(!history.isEmpty(), () -> "no candle on or before " + asOf);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Candle c : history) {
            long index = index(c, binWidth);
            first = Math.min(first, index);
            last = Math.max(last, index);
        }
        long[] volumes = new long[Math.toIntExact(last - first + 1)];
        for (Candle c : history) {
            volumes[(int) (index(c, binWidth) - first)] += c.volume();
        }
        List<Bin> bins = new ArrayList<>(volumes.length);
        for (int i = 0; i < volumes.length; i++) {
            bins.add(new Bin((first + i + 0.5) * binWidth, volumes[i]));
        }
        return new VolumeProfile(binWidth, bins);
    }

    /** Returns the centre of the bin with the most volume, the lower on a tie. */
    public double pointOfControl() {
        return bins.get(pocIndex()).price();
    }

    /**
     * Returns the value area holding at least {@code share} of the volume.
     *
     * @param share the share of volume, in (0, 1]
     */
    public ValueArea valueArea(double share) {
        Checks.argument(share > 0 && share <= 1, () -> "share must be in (0, 1] but was " + share);
        long total = bins.stream().mapToLong(Bin::volume).sum();
        int poc = pocIndex();
        int lo = poc;
        int hi = poc;
        long held = bins.get(poc).volume();
        while (held < share * total && (lo > 0 || hi < bins.size() - 1)) {
            long above = hi < bins.size() - 1 ? bins.get(hi + 1).volume() : -1;
            long below = lo > 0 ? bins.get(lo - 1).volume() : -1;
            if (above >= below) {
                held += bins.get(++hi).volume();
            } else {
                held += bins.get(--lo).volume();
            }
        }
        double heldShare = total > 0 ? (double) held / total : 1;
        return new ValueArea(
                bins.get(lo).price(), bins.get(poc).price(), bins.get(hi).price(), heldShare);
    }

    private int pocIndex() {
        int best = 0;
        for (int i = 1; i < bins.size(); i++) {
            if (bins.get(i).volume() > bins.get(best).volume()) {
                best = i;
            }
        }
        return best;
    }

    private static long index(Candle c, double binWidth) {
        return (long) Math.floor((c.high() + c.low() + c.close()) / 3 / binWidth);
    }
}
