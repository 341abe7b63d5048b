package io.optionsv4.app.cli;

import io.optionsv4.core.costs.Charges;

/**
 * One contract note's charges in rupees (exact to the paisa), as the {@code analyze} and {@code payoff} documents show
 * them.
 *
 * @param brokerage brokerage
 * @param stt securities transaction tax
 * @param exchange exchange transaction charges
 * @param sebi SEBI fees
 * @param stampDuty stamp duty
 * @param ipft investor protection fund charges
 * @param gst GST
 * @param total their sum
 */
record ChargesJson(
        double brokerage,
        double stt,
        double exchange,
        double sebi,
        double stampDuty,
        double ipft,
        double gst,
        double total) {

    /** The charges {@code c} in rupees. */
    static ChargesJson of(Charges c) {
        return new ChargesJson(
                c.brokerage().rupees(),
                c.stt().rupees(),
                c.exchange().rupees(),
                c.sebi().rupees(),
                c.stampDuty().rupees(),
                c.ipft().rupees(),
                c.gst().rupees(),
                c.total().rupees());
    }
}
