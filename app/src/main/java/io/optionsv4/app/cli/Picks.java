package io.optionsv4.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The numbers a trader picks from a numbered list: {@code 1,3-5 7} (commas or spaces, ranges with a hyphen), each
 * from 1 to the list's size; returned as zero-based indices, ascending, without repeats.
 */
final class Picks {

    private Picks() {}

    /**
     * Parses {@code text} against a list of {@code size} items.
     *
     * @throws IllegalArgumentException naming the token that is not a number or range, or is outside 1..size
     */
    static List<Integer> parse(String text, int size) {
        TreeSet<Integer> picked = new TreeSet<>();
        for (String token : text.strip().split("[,\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String[] ends = token.split("-", -1);
            if (ends.length > 2 || !ends[0].matches("\\d{1,6}") || (ends.length == 2 && !ends[1].matches("\\d{1,6}"))) {
                throw new IllegalArgumentException("'" + token + "' is not a number or a range like 3-5");
            }
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to > size || from > to) {
                throw new IllegalArgumentException("'" + token + "' is outside 1-" + size);
            }
            for (int n = from; n <= to; n++) {
                picked.add(n - 1);
            }
        }
        return new ArrayList<>(picked);
    }
}
