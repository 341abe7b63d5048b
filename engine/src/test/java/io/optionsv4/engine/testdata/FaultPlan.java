package io.optionsv4.engine.testdata;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The faults a {@link FaultInjectingBroker} injects into one run.
 *
 * @param legFaults faults of the first order of a leg and purpose, keyed {@code <leg><purpose letter>} (e.g. {@code 2E}
 *     for leg 2's entry, {@code 0U} for leg 0's first unwind)
 * @param crashAtCall the broker call (counting from 1) at which the process dies, if any
 * @param crashAfter true when it dies after the broker did the call, false before the call reached it
 * @param disconnectAtCall the broker call from which the connection is down, if any
 * @param disconnectedCalls how many calls fail while it is down
 * @param duplicateEvents the probability that an order event is delivered twice
 * @param holdEvents the probability that an order event is held back and delivered after a later one
 */
public record FaultPlan(
        Map<String, LegFault> legFaults,
        OptionalInt crashAtCall,
        boolean crashAfter,
        OptionalInt disconnectAtCall,
        int disconnectedCalls,
        double duplicateEvents,
        double holdEvents) {

    /** No faults. */
    public static final FaultPlan NONE =
            new FaultPlan(Map.of(), OptionalInt.empty(), false, OptionalInt.empty(), 0, 0, 0);

    /** Copies the map. */
    public FaultPlan {
        legFaults = Map.copyOf(legFaults);
    }

    /** Returns a plan with only {@code fault} on the first order of {@code key}. */
    public static FaultPlan leg(String key, LegFault fault) {
        return new FaultPlan(Map.of(key, fault), OptionalInt.empty(), false, OptionalInt.empty(), 0, 0, 0);
    }

    /** Returns this plan with a crash at {@code call}, after the broker did it when {@code after}. */
    public FaultPlan withCrash(int call, boolean after) {
        return new FaultPlan(
                legFaults,
                OptionalInt.of(call),
                after,
                disconnectAtCall,
                disconnectedCalls,
                duplicateEvents,
                holdEvents);
    }

    /** Returns the plan without its crash and disconnection: what a restarted process meets. */
    public FaultPlan afterRestart() {
        return new FaultPlan(
                legFaults, OptionalInt.empty(), false, OptionalInt.empty(), 0, duplicateEvents, holdEvents);
    }

    /** A fault of one order. */
    public enum LegFault {
        /** The broker rejects the order. */
        REJECT,
        /** The place call times out before it reaches the broker: outcome unknown, nothing placed. */
        TIMEOUT_BEFORE,
        /** The place call times out after the broker placed the order: outcome unknown, the order exists. */
        TIMEOUT_AFTER,
        /** The market moves away as the order arrives: it never fills. */
        NO_FILL,
        /** The book shows one lot less than the order: it fills in part and the rest never fills. */
        PARTIAL,
        /** The market moves away as the order arrives and comes back at its second chase step: it fills late. */
        FILL_LATE
    }
}
