/**
 * The paper broker: {@link io.optionsv4.engine.paper.PaperBroker}, the default {@link io.optionsv4.core.trade.Broker},
 * fills orders against the current market data with the analysis' spread, slippage and cost models, enforces market
 * hours, lot sizes, freeze quantities and funds and margin (the local SPAN-like model over the resulting portfolio),
 * settles expired contracts, and keeps the account in a {@link io.optionsv4.core.trade.paper.PaperAccountStore}.
 * {@link io.optionsv4.engine.paper.PaperSettings} holds its settings. See {@code docs/paper-broker.md}.
 */
package io.optionsv4.engine.paper;
