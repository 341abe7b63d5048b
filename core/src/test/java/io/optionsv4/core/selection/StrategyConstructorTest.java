package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.ConstructionFixtures.AS_OF;
import static io.optionsv4.core.selection.ConstructionFixtures.LOT;
import static io.optionsv4.core.selection.ConstructionFixtures.MIN_OI_LOTS;
import static io.optionsv4.core.selection.ConstructionFixtures.MIN_VOLUME;
import static io.optionsv4.core.selection.ConstructionFixtures.SPOT;
import static io.optionsv4.core.selection.ConstructionFixtures.chain;
import static io.optionsv4.core.selection.ConstructionFixtures.input;
import static io.optionsv4.core.selection.ConstructionFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.NearExpiryStress;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.UnderlyingLeg;
import io.optionsv4.core.strategy.LegTemplate;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StrategyConstructorTest {

    private static final double TOLERANCE = 1e-9;
    private static final int NEAR_DAYS = 27;
    private static final int FAR_DAYS = 55;

    private final StrategyConstructor constructor = new StrategyConstructor(settings());

    static Stream<StrategyDefinition> registry() {
        return StrategyRegistry.all().stream();
    }

    @ParameterizedTest
    @MethodSource("registry")
    void test_construct_everyRegistryStrategyOnListedLiquidStrikes(StrategyDefinition definition) {
        OptionChain near = chain(NEAR_DAYS).build();
        OptionChain far = chain(FAR_DAYS).build();

        Candidate candidate = built(constructor.construct(definition, input(near, far)));

        List<Double> strikes = new ArrayList<>();
        for (CandidateLeg leg : candidate.legs()) {
            OptionChain chain = leg.expiry().equals(near.expiry()) ? near : far;
            OptionQuote quote = chain.quote(leg.strike(), leg.right()).orElseThrow();
            assertThat(quote.volume()).isGreaterThanOrEqualTo(MIN_VOLUME);
            assertThat(quote.openInterest()).isGreaterThanOrEqualTo(MIN_OI_LOTS * LOT);
            assertThat(leg.referencePerUnit()).isEqualTo(quote.close());
            assertThat(leg.price().source()).isEqualTo(io.optionsv4.core.costs.PriceSource.MODEL);
            if (leg.side() == io.optionsv4.core.instrument.Side.BUY) {
                assertThat(leg.premiumPerUnit()).isGreaterThan(quote.close());
            } else {
                assertThat(leg.premiumPerUnit()).isLessThan(quote.close());
            }
            assertThat(leg.premiumSource()).isEqualTo(PremiumSource.CLOSE);
            assertThat(leg.spreadFraction()).isEmpty();
            assertThat(leg.impliedVolatility())
                    .isEqualTo(quote.impliedVolatility().orElseThrow());
            if (!strikes.contains(leg.strike())) {
                strikes.add(leg.strike());
            }
        }
        strikes.sort(Double::compare);
        assertThat(strikes).hasSize(definition.strikeCount());
        definition.strikeRule().check(definition.name(), strikes);
        assertThat(candidate.nearExpiry()).isEqualTo(near.expiry());
        assertThat(candidate.farExpiry())
                .isEqualTo(definition.spansTwoExpiries() ? Optional.of(far.expiry()) : Optional.empty());
        assertThat(candidate.daysToExpiry()).isEqualTo(NEAR_DAYS);
        assertThat(candidate.lotSize()).isEqualTo(LOT);
        assertThat(candidate.legs()).hasSize(definition.premiumCount());
    }

    @Test
    void test_construct_strikesFollowTheSigmaPlan() {
        OptionChain near = chain(NEAR_DAYS).build();
        double sigma = input(near).move(near.expiry()).orElseThrow().oneSigma();

        Candidate condor = built(constructor.construct(StrategyRegistry.get("Iron Condor"), input(near)));

        // shorts at spot -/+ 1 sigma (about 68), wings 0.5 sigma beyond, snapped to the 20-rupee grid
        assertThat(sigma).isCloseTo(68.0, within(0.5));
        assertThat(condor.legs()).extracting(CandidateLeg::strike).containsExactly(900.0, 940.0, 1060.0, 1100.0);
        assertThat(condor.legs())
                .extracting(CandidateLeg::side)
                .containsExactly(Side.BUY, Side.SELL, Side.SELL, Side.BUY);
    }

    @Test
    void test_construct_equalWingsStayEqualWhenAWingIsIlliquid() {
        // the 0.75-sigma wings (about 51) snap to 940/1060; make 1060 illiquid: the wings move to 40 or 80 wide
        OptionChain near = chain(NEAR_DAYS)
                .change(1060, Right.CALL, q -> ConstructionFixtures.withActivity(q, 0, q.openInterest()))
                .build();

        Candidate fly = built(constructor.construct(StrategyRegistry.get("Butterfly Spread"), input(near)));

        List<Double> k = fly.legs().stream().map(CandidateLeg::strike).toList();
        assertThat(k.get(1)).isEqualTo(1000.0);
        assertThat(k.get(1) - k.get(0)).isEqualTo(k.get(2) - k.get(1));
        assertThat(k).doesNotContain(1060.0);
    }

    @Test
    void test_construct_brokenWingsKeepTheWideSideWider() {
        OptionChain near = chain(NEAR_DAYS).build();

        List<Double> call =
                built(constructor.construct(StrategyRegistry.get("Broken Wing Butterfly"), input(near))).legs().stream()
                        .map(CandidateLeg::strike)
                        .toList();
        List<Double> put =
                built(constructor.construct(StrategyRegistry.get("Put Broken Wing Butterfly"), input(near)))
                        .legs()
                        .stream()
                        .map(CandidateLeg::strike)
                        .toList();

        assertThat(call.get(2) - call.get(1)).isGreaterThan(call.get(1) - call.get(0));
        assertThat(put.get(1) - put.get(0)).isGreaterThan(put.get(2) - put.get(1));
        assertThat(call).containsExactly(940.0, 1000.0, 1100.0);
    }

    @ParameterizedTest
    @MethodSource("illiquid")
    void test_construct_neverChoosesAnIlliquidStrike(String why, UnaryOperator<OptionQuote> spoil) {
        OptionChain near = chain(NEAR_DAYS).change(1000, Right.CALL, spoil).build();

        Candidate call = built(constructor.construct(StrategyRegistry.get("Long Call"), input(near)));

        // the 1000 call is the target; 980 and 1020 are equally near and the lower one wins the tie
        assertThat(call.legs().getFirst().strike()).as(why).isEqualTo(980.0);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> illiquid() {
        UnaryOperator<OptionQuote> untraded = q -> ConstructionFixtures.withActivity(q, 0, q.openInterest());
        UnaryOperator<OptionQuote> thin = q -> ConstructionFixtures.withActivity(q, MIN_VOLUME - 1, q.openInterest());
        UnaryOperator<OptionQuote> lowOi = q -> ConstructionFixtures.withActivity(q, q.volume(), MIN_OI_LOTS * LOT - 1);
        UnaryOperator<OptionQuote> zeroPrice = q -> ConstructionFixtures.withPrices(q, 0, 0, Optional.empty());
        UnaryOperator<OptionQuote> wideBook =
                q -> ConstructionFixtures.withPrices(q, q.last(), q.close(), Optional.of(new BidAsk(20, 30)));
        UnaryOperator<OptionQuote> emptyBook =
                q -> ConstructionFixtures.withPrices(q, q.last(), q.close(), Optional.of(new BidAsk(0, 0)));
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("untraded", untraded),
                org.junit.jupiter.params.provider.Arguments.of("volume below the minimum", thin),
                org.junit.jupiter.params.provider.Arguments.of("open interest below the minimum", lowOi),
                org.junit.jupiter.params.provider.Arguments.of(
                        "unpriced", (UnaryOperator<OptionQuote>) ConstructionFixtures::unpriced),
                org.junit.jupiter.params.provider.Arguments.of("no positive price", zeroPrice),
                org.junit.jupiter.params.provider.Arguments.of("spread 40 % of mid", wideBook),
                org.junit.jupiter.params.provider.Arguments.of("empty book", emptyBook));
    }

    @Test
    void test_construct_noLiquidStrikes() {
        OptionChain near = chain(NEAR_DAYS)
                .changeAll(Right.CALL, q -> ConstructionFixtures.withActivity(q, 0, q.openInterest()))
                .build();

        Rejection rejection = rejected(constructor.construct(StrategyRegistry.get("Bull Call Spread"), input(near)));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.NO_LIQUID_STRIKES);
        assertThat(rejection.strategyName()).isEqualTo("Bull Call Spread");
        assertThat(rejection.detail())
                .contains("Bull Call Spread", "ABC", near.expiry().toString(), "CALL", "K1");
        // puts are untouched: a put strategy still builds
        assertThat(constructor.construct(StrategyRegistry.get("Bear Put Spread"), input(near)))
                .isInstanceOf(ConstructionResult.Built.class);
    }

    @Test
    void test_construct_strikesStayWithinHalfASigmaOfTheTarget() {
        // sigma is about 68, so the reach is about 34: with 960..1040 illiquid the nearest liquid calls (940, 1060)
        // are 60 away from the ATM target
        ConstructionFixtures.ChainBuilder builder = chain(NEAR_DAYS);
        for (double k = 960; k <= 1040; k += 20) {
            builder.change(k, Right.CALL, q -> ConstructionFixtures.withActivity(q, 0, q.openInterest()));
        }

        Rejection rejection =
                rejected(constructor.construct(StrategyRegistry.get("Long Call"), input(builder.build())));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.NO_LIQUID_STRIKES);
        assertThat(rejection.detail()).contains("within 34.00 of 1000.00");
    }

    @Test
    void test_construct_reachIsAtLeastOneStrikeStep() {
        // at 2 % volatility sigma is about 5.4 and half of it far below the 20-rupee grid: one step is still allowed
        OptionChain near = chain(NEAR_DAYS)
                .iv(0.02)
                .change(1000, Right.CALL, q -> ConstructionFixtures.withActivity(q, 0, q.openInterest()))
                .build();
        ConstructionInput input = new ConstructionInput(
                "ABC", AS_OF, SPOT, List.of(near), List.of(ConstructionFixtures.move(near, 0.02)));

        Candidate call = built(constructor.construct(StrategyRegistry.get("Long Call"), input));
        ConstructionResult condor = constructor.construct(StrategyRegistry.get("Iron Condor"), input);

        assertThat(call.legs().getFirst().strike()).isEqualTo(980.0);
        // the condor reaches the 1020 call one step out, but at 2 % volatility it is worth less than a tick: no bid
        assertThat(condor).isInstanceOfSatisfying(ConstructionResult.Rejected.class, r -> {
            assertThat(r.rejection().reason()).isEqualTo(RejectionReason.BAD_PRICE);
            assertThat(r.rejection().detail()).contains("ABC 2020-01-30 1020 CALL: modelled bid");
        });
    }

    @Test
    void test_construct_noSecondStrikeAboveTheFirst() {
        // only the 1000 call is liquid: a bull call spread needs a second, higher strike
        OptionChain near = chain(NEAR_DAYS)
                .changeAll(
                        Right.CALL,
                        q -> q.strike() == 1000 ? q : ConstructionFixtures.withActivity(q, 0, q.openInterest()))
                .build();

        Rejection rejection = rejected(constructor.construct(StrategyRegistry.get("Bull Call Spread"), input(near)));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.NO_LIQUID_STRIKES);
        assertThat(rejection.detail()).contains("K2", "above 1000.00");
    }

    @Test
    void test_construct_premiumIsMidWhereABookExists() {
        OptionChain near = chain(NEAR_DAYS).book(0.05).build();

        CandidateLeg leg = built(constructor.construct(StrategyRegistry.get("Long Put"), input(near)))
                .legs()
                .getFirst();

        BidAsk book = near.quote(leg.strike(), Right.PUT).orElseThrow().bidAsk().orElseThrow();
        assertThat(leg.premiumSource()).isEqualTo(PremiumSource.MID);
        assertThat(leg.referencePerUnit()).isEqualTo(book.mid());
        assertThat(leg.premiumPerUnit())
                .isEqualTo(leg.side() == io.optionsv4.core.instrument.Side.BUY ? book.ask() : book.bid());
        assertThat(leg.spreadFraction().getAsDouble()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void test_construct_premiumIsLastWhenTheCloseIsZero() {
        OptionChain near = chain(NEAR_DAYS)
                .change(1000, Right.CALL, q -> ConstructionFixtures.withPrices(q, 31.5, 0, Optional.empty()))
                .build();

        CandidateLeg leg = built(constructor.construct(StrategyRegistry.get("Long Call"), input(near)))
                .legs()
                .getFirst();

        assertThat(leg.strike()).isEqualTo(1000.0);
        assertThat(leg.referencePerUnit()).isEqualTo(31.5);
        assertThat(leg.premiumSource()).isEqualTo(PremiumSource.CLOSE);
    }

    @Test
    void test_construct_expiryNearestTheWindowTarget() {
        OptionChain weekly = chain(6).build();
        OptionChain monthly = chain(NEAR_DAYS).build();
        OptionChain next = chain(FAR_DAYS).build();
        StrategyDefinition call = StrategyRegistry.get("Long Call");

        assertThat(built(constructor.construct(call, input(weekly, next, monthly)))
                        .nearExpiry())
                .isEqualTo(monthly.expiry());
        StrategyConstructor later =
                new StrategyConstructor(settings(new ConstructionSettings.DteWindow(20, 50, 90), true));
        assertThat(built(later.construct(call, input(weekly, monthly, next))).nearExpiry())
                .isEqualTo(next.expiry());
        // 27 and 55 days are 14 apart from 41: the earlier wins the tie
        StrategyConstructor tie =
                new StrategyConstructor(settings(new ConstructionSettings.DteWindow(20, 41, 90), true));
        assertThat(built(tie.construct(call, input(monthly, next))).nearExpiry())
                .isEqualTo(monthly.expiry());
    }

    @Test
    void test_construct_noExpiryInWindow() {
        StrategyConstructor far =
                new StrategyConstructor(settings(new ConstructionSettings.DteWindow(100, 150, 200), true));

        Rejection rejection = rejected(far.construct(
                StrategyRegistry.get("Long Call"), input(chain(NEAR_DAYS).build())));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.NO_EXPIRY_IN_WINDOW);
        assertThat(rejection.detail()).contains("[100, 200] target 150", "(27)");
    }

    @Test
    void test_construct_calendarWithoutAFarExpiry() {
        Rejection rejection = rejected(constructor.construct(
                StrategyRegistry.get("Calendar Spread"), input(chain(NEAR_DAYS).build())));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.NO_EXPIRY_IN_WINDOW);
        assertThat(rejection.detail()).contains("far expiry");
    }

    @Test
    void test_construct_missingDataIsARejection() {
        StrategyDefinition call = StrategyRegistry.get("Long Call");
        OptionChain near = chain(NEAR_DAYS).build();
        OptionChain empty = new OptionChain(
                "ABC",
                near.expiry(),
                AS_OF,
                near.spot(),
                near.forward(),
                0.065,
                near.yearsToExpiry(),
                near.lotSize(),
                List.of());
        ConstructionInput withoutMove = new ConstructionInput("ABC", AS_OF, SPOT, List.of(near), List.of());
        ConstructionInput expired =
                new ConstructionInput("ABC", near.expiry().plusDays(1), SPOT, List.of(near), List.of());

        assertThat(rejected(
                        constructor.construct(call, new ConstructionInput("ABC", AS_OF, SPOT, List.of(), List.of()))))
                .satisfies(r -> assertThat(r.detail()).contains("no option chain"));
        assertThat(rejected(constructor.construct(
                                call, input(chain(NEAR_DAYS).noLot().build())))
                        .detail())
                .contains("no lot size");
        assertThat(rejected(constructor.construct(call, input(empty))).detail()).contains("no strikes");
        assertThat(rejected(constructor.construct(call, withoutMove)).detail()).contains("no expected move");
        assertThat(rejected(constructor.construct(call, expired)).detail()).contains("expired");
        assertThat(List.of(
                        rejected(constructor.construct(
                                call, input(chain(NEAR_DAYS).noLot().build()))),
                        rejected(constructor.construct(call, input(empty))),
                        rejected(constructor.construct(call, withoutMove)),
                        rejected(constructor.construct(call, expired))))
                .extracting(Rejection::reason)
                .containsOnly(RejectionReason.DATA_MISSING);
    }

    @Test
    void test_construct_farChainWithoutLaterYearFractionIsARejection() {
        OptionChain near = chain(NEAR_DAYS).build();
        OptionChain far = chain(FAR_DAYS).build();
        OptionChain stale = new OptionChain(
                "ABC",
                far.expiry(),
                AS_OF,
                far.spot(),
                far.forward(),
                far.rate(),
                near.yearsToExpiry(),
                far.lotSize(),
                far.rows());

        Rejection rejection =
                rejected(constructor.construct(StrategyRegistry.get("Calendar Spread"), input(near, stale)));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.DATA_MISSING);
        assertThat(rejection.detail()).contains("years to expiry");
    }

    @Test
    void test_construct_farLotDifferentFromNearLotIsARejection() {
        OptionChain near = chain(NEAR_DAYS).build();
        OptionChain far = chain(FAR_DAYS).build();
        OptionChain revised = new OptionChain(
                "ABC",
                far.expiry(),
                AS_OF,
                far.spot(),
                far.forward(),
                far.rate(),
                far.yearsToExpiry(),
                Optional.of(LotSize.of(2 * LOT, YearMonth.from(far.expiry()))),
                far.rows());

        Rejection rejection =
                rejected(constructor.construct(StrategyRegistry.get("Diagonal Spread"), input(near, revised)));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.DATA_MISSING);
        assertThat(rejection.detail()).contains("lot", "differs");
    }

    @Test
    void test_construct_unknownStrategyFails() {
        StrategyDefinition custom = StrategyDefinition.of(
                "Custom Call",
                StrategyRegistry.get("Long Call").metadata(),
                StrategyRegistry.get("Long Call").strikeRule(),
                LegTemplate.buy(Right.CALL, 1));

        Rejection rejection =
                rejected(constructor.construct(custom, input(chain(NEAR_DAYS).build())));

        assertThat(rejection.reason()).isEqualTo(RejectionReason.FAILED);
        assertThat(rejection.detail()).contains("Custom Call", "no strike plan");
    }

    @Test
    void test_construct_coveredCallHoldsLotsTimesLotSizeAtSpot() {
        Candidate cc = built(constructor.construct(
                StrategyRegistry.get("Covered Call"), input(chain(NEAR_DAYS).build())));

        assertThat(cc.underlyingUnits()).isEqualTo(LOT);
        assertThat(cc.strategy().legs()).first().isEqualTo(UnderlyingLeg.of(LOT, SPOT));
        CandidateLeg call = cc.legs().getFirst();
        assertThat(cc.greeks().netDelta()).isCloseTo(LOT - call.greeks().delta() * LOT, within(TOLERANCE));
        assertThat(cc.netPremium()).isEqualTo(call.premiumPerUnit() * LOT);
    }

    @Test
    void test_construct_netPremiumIsCreditPositive() {
        OptionChain near = chain(NEAR_DAYS).build();

        Candidate credit = built(constructor.construct(StrategyRegistry.get("Bear Call Spread"), input(near)));
        Candidate debit = built(constructor.construct(StrategyRegistry.get("Bull Call Spread"), input(near)));

        assertThat(credit.netPremium()).isPositive();
        assertThat(credit.isCredit()).isTrue();
        assertThat(debit.netPremium()).isNegative();
        double expected = 0;
        for (CandidateLeg leg : credit.legs()) {
            expected -= leg.side().sign() * leg.premiumPerUnit() * leg.lots() * LOT;
        }
        assertThat(credit.netPremium()).isCloseTo(expected, within(TOLERANCE));
    }

    @Test
    void test_construct_ratioLegsTradeRatioTimesStrategyLots() {
        Candidate ratio = built(constructor.construct(
                StrategyRegistry.get("Call Ratio Spread"),
                input(chain(NEAR_DAYS).build())));

        assertThat(ratio.legs()).extracting(CandidateLeg::lots).containsExactly(1, 2);
        assertThat(ratio.strategy().legs())
                .extracting(l -> ((OptionLeg) l).quantity())
                .containsExactly(LOT, -2 * LOT);
    }

    @Test
    void test_construct_greekExposureSumsSignedUnits() {
        Candidate condor = built(constructor.construct(
                StrategyRegistry.get("Iron Condor"), input(chain(NEAR_DAYS).build())));

        double delta = 0;
        double gamma = 0;
        double vega = 0;
        double theta = 0;
        for (CandidateLeg leg : condor.legs()) {
            int units = leg.side().sign() * leg.lots() * LOT;
            delta += leg.greeks().delta() * units;
            gamma += leg.greeks().gamma() * units;
            vega += leg.greeks().vega() * units;
            theta += leg.greeks().theta() * units;
        }
        assertThat(condor.greeks()).isEqualTo(new GreekExposure(delta, gamma, vega, theta));
        assertThat(condor.greeks().netVega()).isNegative();
        assertThat(condor.greeks().netTheta()).isPositive();
    }

    @Test
    void test_construct_figuresEqualThePayoffAnalyzerWithTheChainsForward() {
        double forward = 1010.0;
        OptionChain near = chain(NEAR_DAYS).forward(forward).build();
        ConstructionInput input = input(near);
        ExpiryMove move = input.move(near.expiry()).orElseThrow();

        Candidate spread = built(constructor.construct(StrategyRegistry.get("Bull Put Spread"), input));

        List<Leg> legs = new ArrayList<>();
        for (CandidateLeg leg : spread.legs()) {
            legs.add(OptionLeg.of(leg.right(), leg.side(), leg.strike(), leg.premiumPerUnit(), leg.lots(), LOT));
        }
        double years = near.yearsToExpiry();
        double q = 0.065 - Math.log(forward / SPOT) / years;
        ProbabilityModel model = ProbabilityModel.of(SPOT, move.atmIv(), 0.065, q, years);
        assertThat(model.forward()).isCloseTo(forward, within(1e-9));
        // a flat chain: the smile's distribution is the lognormal at the ATM IV (to rounding)
        assertThat(spread.smile().isFlat()).isTrue();
        assertThat(spread.figures())
                .isEqualTo(PayoffAnalyzer.figures(
                        legs, new SmileDistribution(model, spread.smile()), spread::legVolatility));
        assertSameFigures(spread.figures(), PayoffAnalyzer.figures(legs, model));
        assertThat(spread.atmVolatility()).isEqualTo(move.atmIv());
        assertThat(spread.strategy().legs()).isEqualTo(legs);
    }

    /** A put skew: 25 % at the money, about 7 points higher 20 % below the spot and 4 points lower 20 % above. */
    private static double skew(double strike) {
        double m = Math.log(strike / SPOT);
        return 0.25 - 0.28 * m + 0.35 * m * m;
    }

    static Stream<StrategyDefinition> singleExpiry() {
        return registry().filter(d -> !d.spansTwoExpiries());
    }

    /**
     * Issue 13, item 4: at its reference prices (here the model price of each strike at its own IV, rounded to the
     * tick) every strategy has an expected value of zero under the market's smile, up to the rate drift of the
     * undiscounted figures (premiums and the held stock grow at the rate to the expiry) and the tick rounding.
     */
    @ParameterizedTest
    @MethodSource("singleExpiry")
    void test_construct_evAtReferencePricesUnderTheSmileIsZero(StrategyDefinition definition) {
        OptionChain near = chain(NEAR_DAYS).smile(StrategyConstructorTest::skew).build();

        Candidate candidate = built(constructor.construct(definition, input(near)));

        double growth = Math.exp(0.065 * near.yearsToExpiry());
        double drift =
                candidate.underlyingUnits() * (near.forward().orElseThrow().price() - SPOT);
        double rounding = 0;
        for (CandidateLeg leg : candidate.legs()) {
            int units = leg.side().sign() * leg.lots() * LOT;
            drift += units * leg.referencePerUnit() * (growth - 1);
            rounding += Math.abs(units) * 0.05 * growth;
            assertThat(candidate.smile().vol(leg.strike())).isCloseTo(skew(leg.strike()), within(1e-12));
        }
        assertThat(candidate.smile().isFlat()).isFalse();
        assertThat(candidate.reference().figures().expectedValue()).isCloseTo(drift, within(rounding));
    }

    /** The example: a cash-secured put at ATM IV shows the skew as an edge; at its own IV it has none. */
    @Test
    void test_construct_shortPutEvIsNotTheSkewPremium() {
        OptionChain near = chain(NEAR_DAYS).smile(StrategyConstructorTest::skew).build();

        Candidate put = built(constructor.construct(StrategyRegistry.get("Cash-Secured Put"), input(near)));

        CandidateLeg leg = put.legs().getFirst();
        assertThat(leg.strike()).isLessThan(SPOT);
        double premium = leg.referencePerUnit() * leg.lots() * LOT;
        List<Leg> atReference =
                List.of(OptionLeg.of(leg.right(), leg.side(), leg.strike(), leg.referencePerUnit(), leg.lots(), LOT));
        double atAtmIv = PayoffAnalyzer.figures(atReference, put.model()).expectedValue();
        double underSmile = put.reference().figures().expectedValue();
        assertThat(atAtmIv).isGreaterThan(0.15 * premium);
        assertThat(Math.abs(underSmile)).isLessThan(0.01 * premium);
        assertThat(put.figures().expectedValue()).isLessThan(underSmile);
    }

    @Test
    void test_construct_figuresWithoutForwardUseNoDividendYield() {
        OptionChain near = chain(NEAR_DAYS).noForward().build();
        ConstructionInput input = input(near);

        Candidate put = built(constructor.construct(StrategyRegistry.get("Cash-Secured Put"), input));

        ProbabilityModel model = ProbabilityModel.of(SPOT, 0.25, 0.065, 0.0, near.yearsToExpiry());
        assertThat(put.model()).isEqualTo(model);
        assertSameFigures(put.figures(), PayoffAnalyzer.figures(put.strategy().legs(), model));
    }

    @Test
    void test_construct_calendarFiguresValueTheFarLegAtTheFarVolatility() {
        OptionChain near = chain(NEAR_DAYS).build();
        OptionChain far = chain(FAR_DAYS).iv(0.30).build();
        ConstructionInput input = new ConstructionInput(
                "ABC",
                AS_OF,
                SPOT,
                List.of(near, far),
                List.of(ConstructionFixtures.move(near, 0.25), ConstructionFixtures.move(far, 0.30)));

        Candidate calendar = built(constructor.construct(StrategyRegistry.get("Put Calendar Spread"), input));

        assertThat(calendar.legs()).extracting(CandidateLeg::expiry).containsExactly(near.expiry(), far.expiry());
        assertThat(calendar.legs().get(0).strike())
                .isEqualTo(calendar.legs().get(1).strike());
        double between = far.yearsToExpiry() - near.yearsToExpiry();
        OptionLeg farLeg = (OptionLeg) calendar.strategy().legs().get(1);
        assertThat(farLeg.yearsAfterFirstExpiry()).isCloseTo(between, within(1e-12));
        double years = near.yearsToExpiry();
        double q = 0.065 - Math.log(near.forward().orElseThrow().price() / SPOT) / years;
        ProbabilityModel model = ProbabilityModel.of(SPOT, 0.25, 0.065, q, years);
        StrategyFigures grid = PayoffAnalyzer.figures(
                calendar.strategy().legs(), new SmileDistribution(model, calendar.smile()), calendar::legVolatility);
        assertThat(calendar.legVolatility(farLeg)).isEqualTo(0.30);
        assertSameFigures(grid, PayoffAnalyzer.figures(calendar.strategy().legs(), model, 0.30));
        // max loss over two expiries: the worst P&L within ±2σ at the near expiry, later IV ±5 points (issue 12)
        assertThat(calendar.figures())
                .isEqualTo(new StrategyFigures(
                        grid.maxProfit(),
                        Amount.of(NearExpiryStress.maxLoss(calendar.strategy().legs(), model, 0.30)),
                        grid.breakevens(),
                        grid.probabilityOfProfit(),
                        grid.expectedValue()));
        assertThat(calendar.figures().maxLoss().orElse(0))
                .isLessThan(grid.maxLoss().orElse(0));
    }

    @Test
    void test_construct_unpricedAllowedWhenNotRequired() {
        OptionChain near = chain(NEAR_DAYS)
                .change(1000, Right.CALL, ConstructionFixtures::unpriced)
                .build();
        StrategyConstructor lenient =
                new StrategyConstructor(settings(new ConstructionSettings.DteWindow(15, 30, 60), false));

        Candidate call = built(lenient.construct(StrategyRegistry.get("Long Call"), input(near)));

        assertThat(call.legs().getFirst().strike()).isEqualTo(1000.0);
        assertThat(call.legs().getFirst().impliedVolatility()).isZero();
        assertThat(call.greeks()).isEqualTo(new GreekExposure(0, 0, 0, 0));
    }

    @Test
    void test_construct_strategyLotsScaleEveryLeg() {
        ConstructionSettings base = settings();
        StrategyConstructor three = new StrategyConstructor(new ConstructionSettings(
                base.liquidity(), base.dteWindows(), base.farDteWindow(), base.strikeDistances(), 3));

        Candidate fly = built(three.construct(
                StrategyRegistry.get("Iron Butterfly"), input(chain(NEAR_DAYS).build())));

        assertThat(fly.legs()).extracting(CandidateLeg::lots).containsOnly(3);
        assertThat(fly.strategy().legs())
                .extracting(l -> Math.abs(((OptionLeg) l).quantity()))
                .containsOnly(3 * LOT);
    }

    private static Candidate built(ConstructionResult result) {
        assertThat(result).isInstanceOf(ConstructionResult.Built.class);
        return ((ConstructionResult.Built) result).candidate();
    }

    private static Rejection rejected(ConstructionResult result) {
        assertThat(result).isInstanceOf(ConstructionResult.Rejected.class);
        return ((ConstructionResult.Rejected) result).rejection();
    }

    @Test
    void test_construct_holdingViolation_triesTheNextListedExpiry() {
        OptionChain near = chain(NEAR_DAYS).build();
        OptionChain later = chain(FAR_DAYS).build();
        HoldingCheck notTheNear = c -> c.nearExpiry().equals(near.expiry())
                ? Optional.of("time exit within the holding period")
                : Optional.empty();

        Candidate condor = built(new StrategyConstructor(settings(), notTheNear)
                .construct(StrategyRegistry.get("Iron Condor"), input(near, later)));

        assertThat(condor.nearExpiry()).isEqualTo(later.expiry());
    }

    @Test
    void test_construct_holdingViolationOnEveryExpiry_rejectedWithTheReason() {
        OptionChain near = chain(NEAR_DAYS).build();
        HoldingCheck never = c -> Optional.of("time exit within the holding period");

        ConstructionResult result =
                new StrategyConstructor(settings(), never).construct(StrategyRegistry.get("Iron Condor"), input(near));

        assertThat(result).isInstanceOfSatisfying(ConstructionResult.Rejected.class, r -> {
            assertThat(r.rejection().reason()).isEqualTo(RejectionReason.NO_EXPIRY_IN_WINDOW);
            assertThat(r.rejection().detail()).contains("holding period");
        });
    }

    /** Asserts equal figures up to the rounding of two ways of computing them. */
    private static void assertSameFigures(StrategyFigures actual, StrategyFigures expected) {
        assertThat(actual.maxProfit()).isEqualTo(expected.maxProfit());
        assertThat(actual.maxLoss()).isEqualTo(expected.maxLoss());
        assertThat(actual.breakevens()).hasSameSizeAs(expected.breakevens());
        for (int i = 0; i < actual.breakevens().size(); i++) {
            assertThat(actual.breakevens().get(i))
                    .isCloseTo(expected.breakevens().get(i), within(1e-9));
        }
        assertThat(actual.probabilityOfProfit()).isCloseTo(expected.probabilityOfProfit(), within(1e-12));
        assertThat(actual.expectedValue()).isCloseTo(expected.expectedValue(), within(1e-6));
    }
}
