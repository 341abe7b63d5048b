package io.optionsv4.app.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for mistyped names: the known names nearest to a typo by edit distance. */
final class Suggestions {

    private Suggestions() {}

    /**
     * Returns {@code " (did you mean X?)"} or {@code " (did you mean X or Y?)"} naming the closest of {@code known}
     * to {@code typed} (case-insensitive Levenshtein distance at most a third of the length, at least 1, at most 3),
     * or the empty string when none is close.
     */
    static String didYouMean(String typed, Collection<String> known) {
        List<String> close = closest(typed, known);
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    /** Returns up to two names of {@code known} closest to {@code typed}, nearest first. */
    static List<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toUpperCase(Locale.ROOT);
        int limit = Math.min(3, Math.max(1, wanted.length() / 3));
        return known.stream()
                .filter(k -> distance(wanted, k.toUpperCase(Locale.ROOT)) <= limit)
                .sorted(Comparator.comparingInt((String k) -> distance(wanted, k.toUpperCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(2)
                .toList();
    }

    /** Returns the Levenshtein distance of {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
