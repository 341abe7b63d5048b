package io.optionsv4.core.trade;

/** What an order trades: an NSE option contract or the underlying's shares. */
public sealed interface Instrument permits OptionInstrument, EquityInstrument {

    /** Returns the underlying's NSE symbol, e.g. {@code NIFTY} or {@code RELIANCE}. */
    String symbol();

    /** Returns a short trader-readable name, e.g. {@code NIFTY 29DEC2026 22500 CE} or {@code RELIANCE EQ}. */
    String displayName();
}
