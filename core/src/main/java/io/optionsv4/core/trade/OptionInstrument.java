package io.optionsv4.core.trade;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An NSE option contract.
 *
 * @param symbol the underlying, upper case
 * @param right call or put
 * @param strike the strike price, exact
 * @param expiry the expiry date
 */
public record OptionInstrument(String symbol, Right right, Money strike, LocalDate expiry) implements Instrument {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ROOT);

    /** Validates the components. */
    public OptionInstrument {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(right, "right");
        Checks.notNull(strike, "strike");
        Checks.argument(strike.paise() > 0, () -> "strike must be > 0 but was " + strike);
        Checks.notNull(expiry, "expiry");
    }

    @Override
    public String displayName() {
        String strikeText = strike.paise() % 100 == 0 ? Long.toString(strike.paise() / 100) : strike.toString();
        return symbol + " " + EXPIRY.format(expiry).toUpperCase(Locale.ROOT) + " " + strikeText + " "
                + (right.isCall() ? "CE" : "PE");
    }
}
