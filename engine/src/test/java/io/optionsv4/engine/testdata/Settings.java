package io.optionsv4.engine.testdata;

import io.optionsv4.core.testdata.DefaultSettings;
import io.optionsv4.engine.pipeline.AnalysisSettings;
import io.optionsv4.engine.pipeline.CostSettings;

/**
 * The analysis settings of the app's embedded defaults, from core's {@link DefaultSettings} (the engine cannot use
 * the app's YAML loader; the app's tests check that the two agree).
 */
public final class Settings {

    private Settings() {}

    /** Returns construction + preferences + capital + ranking + exits + costs as in the default YAML files. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(
                DefaultSettings.construction(),
                DefaultSettings.preferences(),
                DefaultSettings.capital(),
                DefaultSettings.ranking(),
                DefaultSettings.exits(),
                CostSettings.DHAN);
    }
}
