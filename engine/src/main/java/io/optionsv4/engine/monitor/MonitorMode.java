package io.optionsv4.engine.monitor;

/** What the monitor does with a closing decision. */
public enum MonitorMode {
    /** Decide and report; place nothing (the default). */
    SIMULATE,
    /** Raise an alert for the trader; place nothing. */
    ALERT_ONLY,
    /** Place the exit orders through the execution service. */
    EXECUTE
}
