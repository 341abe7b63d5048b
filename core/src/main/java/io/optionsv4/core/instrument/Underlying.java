package io.optionsv4.core.instrument;

import io.optionsv4.core.result.Checks;

/**
 * A stock or index on which NSE lists derivatives, with its classification.
 *
 * @param symbol NSE trading symbol as in the bhavcopy ({@code NIFTY}, {@code RELIANCE}, {@code M&M})
 * @param name company or index name ({@code Reliance Industries Ltd.}, {@code NIFTY 50})
 * @param kind index or stock
 * @param industry NSE's industry label for the symbol as the source list gives it ({@code Index} for indices)
 * @param sector the sector in one taxonomy across all symbols (NSE's 2026 NIFTY 500 industries; {@code Index} for
 *     indices), the grouping to use for industry weights
 */
public record Underlying(String symbol, String name, UnderlyingKind kind, String industry, String sector) {

    /** Validates every component: all present, texts not blank. */
    public Underlying {
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
        Checks.notBlank(industry, "industry");
        Checks.notBlank(sector, "sector");
    }

    /** Returns true when the underlying is an index. */
    public boolean isIndex() {
        return kind == UnderlyingKind.INDEX;
    }

    /** Returns the segment in which the underlying itself is quoted ({@code IDX_I} or {@code NSE_EQ}). */
    public ExchangeSegment quoteSegment() {
        return kind.quoteSegment();
    }
}
