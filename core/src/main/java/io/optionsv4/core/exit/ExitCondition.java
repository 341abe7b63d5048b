package io.optionsv4.core.exit;

import java.util.List;

/**
 * One exit rule: looks at a position and its rules and returns the actions it asks for (none when it has nothing to
 * say). Pure; {@link ExitEvaluator} composes them.
 */
public interface ExitCondition {

    /** Returns the actions this rule asks for, possibly none. */
    List<ExitAction> evaluate(PositionState position, ExitRules rules);
}
