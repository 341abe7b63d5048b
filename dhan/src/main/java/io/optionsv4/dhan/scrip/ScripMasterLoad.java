package io.optionsv4.dhan.scrip;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * The result of loading a scrip master: the index and the malformed rows that were skipped.
 *
 * @param scripMaster the immutable index
 * @param warnings one warning per skipped row, in file order
 */
public record ScripMasterLoad(ScripMaster scripMaster, List<ScripWarning> warnings) {

    /** Validates the components and copies the warnings. */
    public ScripMasterLoad {
        Checks.notNull(scripMaster, "scripMaster");
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
    }
}
