package io.optionsv4.marketdata.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MarketData} adapter keeps, whatever its source: served symbols have quotes, expiries and
 * chains; chains are sorted and priced only where traded; histories are ordered and inside the range asked; anything
 * unknown is a {@link MarketDataException}, never a default. Each adapter's test extends this class and names a day
 * and a stock it serves.
 */
public abstract class MarketDataContractTest {

    /** Returns the adapter under test; may be shared across the test methods of one class. */
    protected abstract MarketData marketData();

    /** Returns a trading day the adapter serves in full (quotes, chains, NIFTY). */
    protected abstract LocalDate servedDay();

    /** Returns a stock with options on {@link #servedDay()}. */
    protected abstract String servedStock();

    @Test
    void test_symbols_includeNiftyAndTheStock() {
        assertThat(marketData().symbols(servedDay()))
                .contains("NIFTY", servedStock())
                .isSorted();
    }

    @Test
    void test_quote_ofTheDayWithPositivePrices() {
        for (String symbol : List.of("NIFTY", servedStock())) {
            var quote = marketData().quote(symbol, servedDay());
            assertThat(quote.tradeDate()).isEqualTo(servedDay());
            assertThat(quote.close()).isPositive();
            assertThat(quote.previousClose()).isPositive();
        }
    }

    @Test
    void test_expiries_sortedNotBeforeTheDay() {
        List<Expiry> expiries = marketData().expiries(servedStock(), servedDay());

        assertThat(expiries).isNotEmpty();
        assertThat(expiries.stream().map(Expiry::date).toList())
                .isSorted()
                .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(servedDay()));
    }

    @Test
    void test_optionChain_sortedAndPricedOnlyWhereTraded() {
        for (String symbol : List.of("NIFTY", servedStock())) {
            LocalDate expiry = marketData().expiries(symbol, servedDay()).stream()
                    .map(Expiry::date)
                    .filter(d -> d.isAfter(servedDay()))
                    .findFirst()
                    .orElseThrow();
            OptionChain chain = marketData().optionChain(symbol, expiry, servedDay());
            assertThat(chain.underlying()).isEqualTo(symbol);
            assertThat(chain.strikes()).isNotEmpty().isSorted().doesNotHaveDuplicates();
            assertThat(chain.atmStrike()).isPresent();
            assertThat(quotes(chain)).allSatisfy(q -> {
                if (q.quality() == QuoteQuality.OK) {
                    assertThat(q.isTraded()).isTrue();
                    assertThat(q.impliedVolatility().orElseThrow()).isBetween(0.0, 5.0);
                } else {
                    assertThat(q.impliedVolatility()).isEmpty();
                }
                if (!q.isTraded()) {
                    assertThat(q.quality()).isEqualTo(QuoteQuality.UNTRADED);
                }
            });
            assertThat(quotes(chain)).anyMatch(q -> q.quality() == QuoteQuality.OK);
        }
    }

    @Test
    void test_niftyHistory_orderedInsideTheRange() {
        LocalDate from = servedDay().minusDays(30);
        List<Candle> candles = marketData().niftyHistory(from, servedDay());

        assertThat(candles).isNotEmpty();
        assertThat(candles.stream().map(Candle::date).toList())
                .isSorted()
                .allSatisfy(d -> assertThat(d).isBetween(from, servedDay()));
    }

    @Test
    void test_unknownSymbol_isAnErrorNamingIt() {
        assertThatThrownBy(() -> marketData().quote("NO SUCH SYMBOL", servedDay()))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("NO SUCH SYMBOL");
        assertThatThrownBy(() -> marketData().expiries("NO SUCH SYMBOL", servedDay()))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining("NO SUCH SYMBOL");
    }

    @Test
    void test_unlistedExpiry_isAnErrorNamingIt() {
        LocalDate notAnExpiry = servedDay().plusYears(40);

        assertThatThrownBy(() -> marketData().optionChain(servedStock(), notAnExpiry, servedDay()))
                .isInstanceOf(MarketDataException.class)
                .hasMessageContaining(notAnExpiry.toString());
    }

    private static List<OptionQuote> quotes(OptionChain chain) {
        return chain.rows().stream()
                .flatMap(r -> Stream.of(r.quote(Right.CALL), r.quote(Right.PUT)))
                .flatMap(Optional::stream)
                .toList();
    }
}
