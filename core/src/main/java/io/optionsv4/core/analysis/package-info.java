/**
 * Market analysis of one underlying as pure functions of market data and an explicit as-of day (see {@code
 * docs/market-analysis.md}). {@link io.optionsv4.core.analysis.UnderlyingAnalyzer} runs every part below on an {@link
 * io.optionsv4.core.analysis.UnderlyingData} into an {@link io.optionsv4.core.analysis.UnderlyingAnalysis}.
 *
 * <ul>
 *   <li>Indicators: {@link io.optionsv4.core.analysis.TechnicalIndicators} reads ta4j's EMA 9/21/50/200, RSI 14, ADX 14
 *       with ±DI, MACD 12/26/9 and ATR 14 through our own types; a warm-up is an {@link
 *       io.optionsv4.core.analysis.InsufficientHistory}, never a number.
 *   <li>Trend: {@link io.optionsv4.core.analysis.TrendAnalyzer} → {@link io.optionsv4.core.analysis.TrendAnalysis}, a
 *       {@link io.optionsv4.core.analysis.Direction} with a confidence from named {@link
 *       io.optionsv4.core.analysis.TrendVote}s.
 *   <li>Volatility: {@link io.optionsv4.core.analysis.IvSummarizer} (ATM IV, 25-delta skew), {@link
 *       io.optionsv4.core.analysis.IvStatistics} (IV rank and percentile over 252 days), {@link
 *       io.optionsv4.core.analysis.IvAnalyzer} → {@link io.optionsv4.core.analysis.IvAssessment} falling back to
 *       {@link io.optionsv4.core.analysis.RealizedVolatility} and saying so; the {@link
 *       io.optionsv4.core.analysis.IvHistoryStore} port.
 *   <li>Levels: {@link io.optionsv4.core.analysis.KeyLevel}s from {@link io.optionsv4.core.analysis.SwingLevels},
 *       {@link io.optionsv4.core.analysis.VolumeProfile} (point of control, 70 % value area), {@link
 *       io.optionsv4.core.analysis.RoundNumbers} and {@link io.optionsv4.core.analysis.OiWalls}, gathered in {@link
 *       io.optionsv4.core.analysis.PriceLevels}; {@link
 *       io.optionsv4.core.analysis.MaxPain} and {@link io.optionsv4.core.analysis.PutCallRatio} from the chain.
 *   <li>{@link io.optionsv4.core.analysis.ExpectedMoves} (1σ and 2σ per expiry) and the {@link
 *       io.optionsv4.core.analysis.StockProfile} (volatility bucket, liquidity score).
 * </ul>
 */
package io.optionsv4.core.analysis;
