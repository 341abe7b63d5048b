package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.strategy.StrategyCategory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/** Hand-built settings and Black-Scholes-priced option chains for the construction tests. */
final class ConstructionFixtures {

    static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);
    static final String SYMBOL = "ABC";
    static final double SPOT = 1000.0;
    static final double RATE = 0.065;
    static final int LOT = 500;
    static final long MIN_OI_LOTS = 25;
    static final long MIN_VOLUME = 20;

    private ConstructionFixtures() {}

    /** Windows: every category [15, 60] target 30; far [35, 100] target 55. */
    static ConstructionSettings settings() {
        return settings(new ConstructionSettings.DteWindow(15, 30, 60), true);
    }

    static ConstructionSettings settings(ConstructionSettings.DteWindow window, boolean requirePriced) {
        Map<StrategyCategory, ConstructionSettings.DteWindow> windows = new EnumMap<>(StrategyCategory.class);
        for (StrategyCategory category : StrategyCategory.values()) {
            windows.put(category, window);
        }
        return new ConstructionSettings(
                new ConstructionSettings.Liquidity(MIN_OI_LOTS, MIN_VOLUME, 0.15, requirePriced),
                windows,
                new ConstructionSettings.DteWindow(35, 55, 100),
                distances(),
                1);
    }

    static ConstructionSettings.StrikeDistances distances() {
        return new ConstructionSettings.StrikeDistances(0.0, 1.0, 1.0, 0.5, 0.5, 0.75, 1.0, 0.75, 1.5, 0.5);
    }

    static ChainBuilder chain(int daysToExpiry) {
        return new ChainBuilder(daysToExpiry);
    }

    /** Returns the input of the chains with a move per chain from its own ATM volatility. */
    static ConstructionInput input(OptionChain... chains) {
        List<ExpiryMove> moves = new ArrayList<>();
        for (OptionChain chain : chains) {
            moves.add(move(chain, ChainBuilder.DEFAULT_IV));
        }
        return new ConstructionInput(SYMBOL, AS_OF, SPOT, List.of(chains), moves);
    }

    static ExpiryMove move(OptionChain chain, double atmIv) {
        return new ExpiryMove(
                chain.expiry(),
                (int) (chain.expiry().toEpochDay() - AS_OF.toEpochDay()),
                SPOT,
                atmIv,
                SPOT * atmIv * Math.sqrt(chain.yearsToExpiry()));
    }

    static OptionQuote withActivity(OptionQuote q, long volume, long openInterest) {
        return new OptionQuote(
                q.right(),
                q.strike(),
                q.last(),
                q.close(),
                q.settle(),
                q.bidAsk(),
                volume,
                openInterest,
                0,
                q.valuation());
    }

    static OptionQuote unpriced(OptionQuote q) {
        return new OptionQuote(
                q.right(),
                q.strike(),
                q.last(),
                q.close(),
                q.settle(),
                q.bidAsk(),
                q.volume(),
                q.openInterest(),
                0,
                new Valuation.Unpriced(QuoteQuality.NO_IV, "BELOW_INTRINSIC"));
    }

    static OptionQuote withPrices(OptionQuote q, double last, double close, Optional<BidAsk> book) {
        return new OptionQuote(
                q.right(), q.strike(), last, close, q.settle(), book, q.volume(), q.openInterest(), 0, q.valuation());
    }

    /** Builds a chain of strikes 700..1300 step 20 around {@link #SPOT}, every option liquid and priced. */
    static final class ChainBuilder {

        static final double DEFAULT_IV = 0.25;

        private final int daysToExpiry;
        private double from = 700;
        private double to = 1300;
        private double step = 20;
        private DoubleUnaryOperator ivByStrike = k -> DEFAULT_IV;
        private Optional<LotSize> lot;
        private double bookHalfSpread = -1;
        private double forwardPrice = Double.NaN;
        private boolean noForward;
        private final Map<String, UnaryOperator<OptionQuote>> changes = new HashMap<>();

        ChainBuilder(int daysToExpiry) {
            this.daysToExpiry = daysToExpiry;
            LocalDate expiry = AS_OF.plusDays(daysToExpiry);
            this.lot = Optional.of(LotSize.of(LOT, YearMonth.from(expiry)));
        }

        ChainBuilder strikes(double first, double last, double increment) {
            this.from = first;
            this.to = last;
            this.step = increment;
            return this;
        }

        ChainBuilder iv(double volatility) {
            this.ivByStrike = k -> volatility;
            return this;
        }

        /** Prices every strike at its own implied volatility {@code smile.applyAsDouble(strike)}, calls and puts. */
        ChainBuilder smile(DoubleUnaryOperator smile) {
            this.ivByStrike = smile;
            return this;
        }

        ChainBuilder forward(double price) {
            this.forwardPrice = price;
            return this;
        }

        ChainBuilder noForward() {
            this.noForward = true;
            return this;
        }

        ChainBuilder noLot() {
            this.lot = Optional.empty();
            return this;
        }

        /** Gives every option a book of mid = model price and ask - bid = 2 x halfSpread x mid. */
        ChainBuilder book(double halfSpread) {
            this.bookHalfSpread = halfSpread;
            return this;
        }

        ChainBuilder change(double strike, Right right, UnaryOperator<OptionQuote> change) {
            changes.merge(key(strike, right), change, (a, b) -> q -> b.apply(a.apply(q)));
            return this;
        }

        ChainBuilder changeAll(Right right, UnaryOperator<OptionQuote> change) {
            for (double k = from; k <= to + 1e-9; k += step) {
                change(k, right, change);
            }
            return this;
        }

        OptionChain build() {
            double years = daysToExpiry / 365.0;
            List<ChainRow> rows = new ArrayList<>();
            for (double k = from; k <= to + 1e-9; k += step) {
                double strike = Math.round(k * 100) / 100.0;
                rows.add(new ChainRow(
                        strike,
                        Optional.of(quote(Right.CALL, strike, years)),
                        Optional.of(quote(Right.PUT, strike, years))));
            }
            double forward = Double.isNaN(forwardPrice) ? SPOT * Math.exp(RATE * years) : forwardPrice;
            return new OptionChain(
                    SYMBOL,
                    AS_OF.plusDays(daysToExpiry),
                    AS_OF,
                    OptionalDouble.of(SPOT),
                    noForward ? Optional.empty() : Optional.of(ForwardPrice.ofParity(forward, 3, 0.5)),
                    RATE,
                    years,
                    lot,
                    rows);
        }

        private OptionQuote quote(Right right, double strike, double years) {
            double iv = ivByStrike.applyAsDouble(strike);
            Greeks g = BlackScholesMerton.greeks(right, SPOT, strike, years, iv, RATE, 0.0);
            double price = Math.max(0.05, Math.round(g.price() * 20) / 20.0);
            Optional<BidAsk> book = bookHalfSpread < 0
                    ? Optional.empty()
                    : Optional.of(new BidAsk(price * (1 - bookHalfSpread), price * (1 + bookHalfSpread)));
            OptionQuote quote = new OptionQuote(
                    right,
                    strike,
                    price + 0.05,
                    price,
                    price,
                    book,
                    500,
                    100L * LOT,
                    0,
                    new Valuation.Priced(iv, new OptionGreeks(g.delta(), g.gamma(), g.vega(), g.theta(), g.rho())));
            return changes.getOrDefault(key(strike, right), q -> q).apply(quote);
        }

        private static String key(double strike, Right right) {
            return Math.round(strike * 100) + right.name();
        }
    }
}
