/**
 * The strategies of the system as declarative leg templates: each strategy is one small class holding a
 * {@link io.optionsv4.core.strategy.StrategyDefinition} (name, {@link io.optionsv4.core.strategy.StrategyMetadata},
 * {@link io.optionsv4.core.strategy.LegTemplate}s, {@link io.optionsv4.core.strategy.StrikeRule}), registered in the
 * {@link io.optionsv4.core.strategy.StrategyRegistry}. Short variants are inverted long ones. A definition resolves
 * {@link io.optionsv4.core.strategy.StrategyInputs} (strikes, premiums, lots) into the concrete legs of a
 * {@link io.optionsv4.core.strategy.Strategy}, whose figures come from {@code core.probability}.
 */
package io.optionsv4.core.strategy;
