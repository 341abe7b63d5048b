package io.optionsv4.dhan.testdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The day's positions of the fake account, one per instrument and product, updated from fills: quantities and values
 * bought and sold, net quantity, averages; realised profit on the matched quantity ({@code min(bought, sold) x
 * (sellAvg - buyAvg)}), unrealised on the open quantity against the last price. Not thread-safe (the account's lock
 * guards it).
 */
final class FakePositions {

    private static final class Position {
        final FakeInstrument instrument;
        final String productType;
        long buyQty;
        double buyValue;
        long sellQty;
        double sellValue;

        Position(FakeInstrument instrument, String productType) {
            this.instrument = instrument;
            this.productType = productType;
        }

        long net() {
            return buyQty - sellQty;
        }

        double buyAvg() {
            return buyQty == 0 ? 0 : buyValue / buyQty;
        }

        double sellAvg() {
            return sellQty == 0 ? 0 : sellValue / sellQty;
        }

        double realized() {
            return Math.min(buyQty, sellQty) * (sellAvg() - buyAvg());
        }
    }

    private final Map<String, Position> positions = new LinkedHashMap<>();

    /** Books a fill. */
    void fill(FakeInstrument instrument, String productType, boolean buy, long quantity, double price) {
        Position p = positions.computeIfAbsent(
                FakeMarket.key(instrument.segment(), instrument.securityId()) + "/" + productType,
                k -> new Position(instrument, productType));
        if (buy) {
            p.buyQty += quantity;
            p.buyValue += quantity * price;
        } else {
            p.sellQty += quantity;
            p.sellValue += quantity * price;
        }
    }

    /** Returns the net quantity held of an instrument in a product (positive long, negative short). */
    long net(FakeInstrument instrument, String productType) {
        Position p = positions.get(FakeMarket.key(instrument.segment(), instrument.securityId()) + "/" + productType);
        return p == null ? 0 : p.net();
    }

    /** Returns the realised profit of the day, rupees. */
    double realized() {
        return positions.values().stream().mapToDouble(Position::realized).sum();
    }

    /** Returns the funds the open positions block: the cost of longs, the model's margin of shorts. */
    double blocked(FakeMargins margins) {
        double blocked = 0;
        for (Position p : positions.values()) {
            if (p.net() > 0) {
                blocked += p.net() * p.buyAvg();
            } else if (p.net() < 0) {
                blocked += margins.leg(new FakeMargins.Leg(p.instrument, false, -p.net(), p.sellAvg()))
                        .total();
            }
        }
        return blocked;
    }

    /** Returns the positions as {@code GET /positions} answers them. */
    List<OrderWire.Position> toJson(FakeMarket market) {
        List<OrderWire.Position> out = new ArrayList<>();
        for (Position p : positions.values()) {
            long net = p.net();
            double ltp = market.lastPrice(p.instrument);
            double unrealized = net > 0 ? (ltp - p.buyAvg()) * net : net < 0 ? (p.sellAvg() - ltp) * -net : 0;
            out.add(new OrderWire.Position(
                    FakeDhanServer.CLIENT_ID,
                    p.instrument.tradingSymbol(),
                    Long.toString(p.instrument.securityId()),
                    net > 0 ? "LONG" : net < 0 ? "SHORT" : "CLOSED",
                    p.instrument.segment(),
                    p.productType,
                    FakeMargins.money(p.buyAvg()),
                    FakeMargins.money(net < 0 ? p.sellAvg() : p.buyAvg()),
                    p.buyQty,
                    FakeMargins.money(p.sellAvg()),
                    p.sellQty,
                    net,
                    FakeMargins.money(p.realized()),
                    FakeMargins.money(unrealized),
                    1.0,
                    1,
                    0,
                    0,
                    0.0,
                    0.0,
                    p.buyQty,
                    p.sellQty,
                    FakeMargins.money(p.buyValue),
                    FakeMargins.money(p.sellValue),
                    p.instrument.expiry().map(Object::toString).orElse(null),
                    p.instrument.drvOptionType().orElse(null),
                    p.instrument.strike(),
                    false));
        }
        return out;
    }
}
