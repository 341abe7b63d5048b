package io.optionsv4.app.cli;

import java.time.ZoneId;

/** The zone backtest run ids and default dates are read in: India. */
final class BacktestRunnerZone {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private BacktestRunnerZone() {}
}
