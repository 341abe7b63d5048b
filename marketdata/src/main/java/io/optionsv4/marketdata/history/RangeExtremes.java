package io.optionsv4.marketdata.history;

/**
 * The minimum and maximum of any index range of a fixed array in constant time: sparse tables of the minima and
 * maxima of every power-of-two block (O(n log n) memory, built once). Immutable; thread-safe.
 */
final class RangeExtremes {

    private final double[][] min;
    private final double[][] max;

    RangeExtremes(double[] values) {
        int levels = 1;
        while ((1 << levels) <= values.length) {
            levels++;
        }
        min = new double[levels][];
        max = new double[levels][];
        min[0] = values.clone();
        max[0] = values.clone();
        for (int k = 1; k < levels; k++) {
            int width = 1 << k;
            int count = values.length - width + 1;
            min[k] = new double[count];
            max[k] = new double[count];
            for (int i = 0; i < count; i++) {
                min[k][i] = Math.min(min[k - 1][i], min[k - 1][i + width / 2]);
                max[k][i] = Math.max(max[k - 1][i], max[k - 1][i + width / 2]);
            }
        }
    }

    /** Returns the minimum of the values at indices {@code from..to} inclusive ({@code from <= to}). */
    double min(int from, int to) {
        int k = level(from, to);
        return Math.min(min[k][from], min[k][to - (1 << k) + 1]);
    }

    /** Returns the maximum of the values at indices {@code from..to} inclusive ({@code from <= to}). */
    double max(int from, int to) {
        int k = level(from, to);
        return Math.max(max[k][from], max[k][to - (1 << k) + 1]);
    }

    private static int level(int from, int to) {
        if (from > to || from < 0) {
            throw new IllegalArgumentException("invalid range " + from + ".." + to);
        }
        return 31 - Integer.numberOfLeadingZeros(to - from + 1);
    }
}
