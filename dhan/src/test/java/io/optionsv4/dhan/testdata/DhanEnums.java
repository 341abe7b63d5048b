package io.optionsv4.dhan.testdata;

import java.util.Set;

/** Dhan's enumerations (reference section 3.1) as the fake server validates them. */
final class DhanEnums {

    static final Set<String> SEGMENTS =
            Set.of("IDX_I", "NSE_EQ", "NSE_FNO", "NSE_CURRENCY", "BSE_EQ", "MCX_COMM", "BSE_CURRENCY", "BSE_FNO");
    static final Set<String> TRADABLE_SEGMENTS =
            Set.of("NSE_EQ", "NSE_FNO", "NSE_CURRENCY", "BSE_EQ", "MCX_COMM", "BSE_CURRENCY", "BSE_FNO");
    static final Set<String> UNDERLYING_SEGMENTS = Set.of("IDX_I", "NSE_EQ", "BSE_EQ", "MCX_COMM");
    static final Set<String> INSTRUMENTS =
            Set.of("INDEX", "FUTIDX", "OPTIDX", "EQUITY", "FUTSTK", "OPTSTK", "FUTCOM", "OPTFUT", "FUTCUR", "OPTCUR");
    static final Set<String> TRANSACTION_TYPES = Set.of("BUY", "SELL");
    static final Set<String> PRODUCT_TYPES = Set.of("CNC", "INTRADAY", "MARGIN", "MTF", "CO", "BO");
    static final Set<String> ORDER_TYPES = Set.of("LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_MARKET");
    static final Set<String> VALIDITIES = Set.of("DAY", "IOC");
    static final Set<String> AMO_TIMES = Set.of("PRE_OPEN", "OPEN", "OPEN_30", "OPEN_60");
    static final Set<String> LEG_NAMES = Set.of("ENTRY_LEG", "TARGET_LEG", "STOP_LOSS_LEG");
    static final Set<Integer> INTERVALS = Set.of(1, 5, 15, 25, 60);

    private DhanEnums() {}
}
