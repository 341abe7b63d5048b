package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.engine.paper.PaperLiquidity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many lots of a stored strategy its legs' books offer in one market snapshot: for each leg, the quantity shown at
 * the side it trades (the ask for a buy, the bid for a sell), else the {@link PaperLiquidity} share of the day's
 * volume or open interest, in whole lots, over the leg's lots per strategy lot; the strategy gets the smallest. It is
 * what the paper broker fills at once, so the allocation sizes nothing that execution would fill only in part and
 * unwind. A leg without a quote or a chain the market data cannot serve (market data other than the analysis') leaves
 * the strategy unlimited by liquidity, with a warning; the pre-trade checks refuse a leg without a quote. Chains are
 * read once per symbol and expiry. Not thread-safe.
 */
final class LegLiquidity {

    private record ChainKey(String symbol, LocalDate expiry) {}

    private final MarketData market;
    private final LocalDate day;
    private final PaperLiquidity shares;
    private final Map<ChainKey, Optional<OptionChain>> chains = new HashMap<>();

    LegLiquidity(MarketData market, LocalDate day, PaperLiquidity shares) {
        this.market = market;
        this.day = day;
        this.shares = shares;
    }

    /**
     * Returns the strategy lots the books of {@code s} offer, {@link Integer#MAX_VALUE} when a chain is unavailable
     * (a warning is added to {@code warnings} then).
     */
    int lots(StoredStrategy s, List<String> warnings) {
        int lotSize = s.lotSize().orElse(0);
        if (lotSize <= 0) {
            return Integer.MAX_VALUE;
        }
        long lots = Long.MAX_VALUE;
        for (RecommendedLeg leg : s.legs()) {
            Optional<OptionChain> chain = chain(s.symbol(), leg.expiry(), warnings);
            if (chain.isEmpty()) {
                return Integer.MAX_VALUE;
            }
            Optional<OptionQuote> quote = chain.get().quote(leg.strike(), leg.right());
            if (quote.isEmpty()) {
                warnings.add("strategy " + s.id().value() + " (" + s.symbol() + " " + s.strategyName() + "): no quote"
                        + " for " + leg.right() + " " + leg.strike() + " " + leg.expiry() + " on " + day
                        + " to size by its liquidity (is the market data the analysis'?)");
                return Integer.MAX_VALUE;
            }
            long offeredLots = shares.offeredUnits(quote.get(), leg.side(), lotSize) / lotSize;
            lots = Math.min(lots, offeredLots / leg.lots());
        }
        return lots == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.min(lots, Integer.MAX_VALUE - 1L);
    }

    private Optional<OptionChain> chain(String symbol, LocalDate expiry, List<String> warnings) {
        return chains.computeIfAbsent(new ChainKey(symbol, expiry), k -> {
            try {
                return Optional.of(market.optionChain(symbol, expiry, day));
            } catch (MarketDataException e) {
                warnings.add("no option chain for " + symbol + " " + expiry + " on " + day
                        + " to size by its liquidity: " + e.getMessage());
                return Optional.empty();
            }
        });
    }
}
