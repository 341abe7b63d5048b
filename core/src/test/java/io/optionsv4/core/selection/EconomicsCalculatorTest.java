package io.optionsv4.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The economics of one constructed iron condor against the cost stack and the margin model called directly. */
class EconomicsCalculatorTest {

    private static Candidate ironCondor() {
        ConstructionInput input = ConstructionFixtures.input(
                ConstructionFixtures.chain(27).iv(0.2).build(),
                ConstructionFixtures.chain(55).iv(0.2).build());
        StrategyDefinition condor = StrategyRegistry.get("Iron Condor");
        return ((ConstructionResult.Built)
                        new StrategyConstructor(ConstructionFixtures.settings()).construct(condor, input))
                .candidate();
    }

    @Test
    void test_of_costsEqualCostCalculatorDirectly() {
        Candidate c = ironCondor();
        CandidateEconomics e = EconomicsCalculator.DEFAULT.of(c);

        List<OptionLeg> legs =
                c.strategy().legs().stream().map(OptionLeg.class::cast).toList();
        double spot = e.costs().atTarget().spot();
        double[] exit = legs.stream()
                .mapToDouble(l -> l.right().intrinsic(spot, l.strike()))
                .toArray();
        RoundTripCosts closed = CostCalculator.nseDhan().closedAt(legs, c.asOf(), c.nearExpiry(), exit);
        RoundTripCosts settled = CostCalculator.nseDhan().settledAt(legs, c.asOf(), c.nearExpiry(), spot);
        assertThat(e.costs().atTarget().closed()).isEqualTo(closed);
        assertThat(e.costs().atTarget().settled()).contains(settled);
        // four orders at ₹20 each on entry, at least
        assertThat(closed.entry().charges().brokerage().rupees()).isEqualTo(80.0);
        double cheaper = Math.min(closed.total().rupees(), settled.total().rupees());
        assertThat(e.costs().targetRupees()).isEqualTo(cheaper);
        assertThat(e.net().expectedValue()).isCloseTo(c.figures().expectedValue() - cheaper, within());
        assertThat(e.net().maxProfit().orElse(0))
                .isCloseTo(c.figures().maxProfit().orElse(0) - cheaper, within());
    }

    @Test
    void test_of_calendarNetFiguresFromTheSamplesEqualASecondPass() {
        ConstructionInput input = ConstructionFixtures.input(
                ConstructionFixtures.chain(27).iv(0.2).build(),
                ConstructionFixtures.chain(55).iv(0.22).build());
        ConstructionResult.Built built =
                (ConstructionResult.Built) new StrategyConstructor(ConstructionFixtures.settings())
                        .construct(StrategyRegistry.get("Calendar Spread"), input);
        Candidate c = built.candidate();
        assertThat(built.payoff()).isPresent();

        CandidateEconomics sampled = EconomicsCalculator.DEFAULT.of(c, built.payoff());
        CandidateEconomics fresh = EconomicsCalculator.DEFAULT.of(c);

        assertThat(sampled.net().breakevens())
                .hasSameSizeAs(fresh.net().breakevens())
                .isNotEmpty();
        for (int i = 0; i < fresh.net().breakevens().size(); i++) {
            assertThat(sampled.net().breakevens().get(i))
                    .isCloseTo(fresh.net().breakevens().get(i), org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(sampled.net().probabilityOfProfit())
                .isCloseTo(fresh.net().probabilityOfProfit(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(sampled.net().probabilityOfProfit()).isLessThan(c.figures().probabilityOfProfit());
        // the reference figures (mid prices) are the executable P&L less a constant: the same samples, shifted
        List<io.optionsv4.core.probability.Leg> referenceLegs = new java.util.ArrayList<>();
        for (int i = 0; i < c.legs().size(); i++) {
            OptionLeg leg = (OptionLeg) c.strategy().legs().get(i);
            CandidateLeg quoted = c.legs().get(i);
            assertThat(leg.strike()).isEqualTo(quoted.strike());
            referenceLegs.add(new OptionLeg(
                    leg.right(),
                    leg.strike(),
                    leg.quantity(),
                    quoted.price().reference(),
                    leg.yearsAfterFirstExpiry()));
        }
        var reference =
                io.optionsv4.core.probability.PayoffAnalyzer.figures(referenceLegs, c.distribution(), c::legVolatility);
        assertThat(c.reference().figures().probabilityOfProfit())
                .isCloseTo(reference.probabilityOfProfit(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(c.reference().figures().expectedValue())
                .isCloseTo(reference.expectedValue(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void test_of_ironCondorCapitalBelowItsShortLegsNaked() {
        Candidate c = ironCondor();
        CandidateEconomics e = EconomicsCalculator.DEFAULT.of(c);
        MarginMarket market = new MarginMarket(
                UnderlyingKind.STOCK,
                c.spot(),
                c.atmVolatility(),
                c.model().rate(),
                c.model().dividendYield(),
                c.nearExpiry());
        double naked = 0;
        for (var leg : c.strategy().legs()) {
            if (leg instanceof OptionLeg o && o.quantity() < 0) {
                naked += MarginCalculator.NSE
                        .margin(MarginBasket.of(List.of(o), c.atmVolatility()), market, c.asOf())
                        .capitalRequired()
                        .rupees();
            }
        }
        assertThat(e.capitalRequired().rupees()).isPositive().isLessThan(naked);
        assertThat(e.returnOnMaxProfit()).isPresent();
    }

    @Test
    void test_check_dateBeforeRateTable() {
        Candidate c = ironCondor();
        Candidate early = new Candidate(
                c.symbol(),
                LocalDate.of(2008, 5, 1),
                c.definition(),
                c.spot(),
                c.legs(),
                c.underlyingUnits(),
                c.lotSize(),
                c.strategy(),
                c.figures(),
                c.greeks(),
                c.netPremium(),
                c.nearExpiry(),
                c.farExpiry(),
                c.daysToExpiry(),
                c.atmVolatility(),
                c.model(),
                c.reference());

        assertThat(EconomicsCalculator.DEFAULT.check(early)).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.NO_COST_RATES);
            assertThat(r.detail()).contains("2008-05-01");
        });
        assertThat(EconomicsCalculator.DEFAULT.check(c)).isEmpty();
        assertThatThrownBy(() -> EconomicsCalculator.DEFAULT.of(early)).hasMessageContaining("2008-05-01");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
