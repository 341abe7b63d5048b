package io.optionsv4.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.optionsv4.engine.pipeline.AnalysisSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The strategy-creation settings ({@link AnalysisSettings}): the embedded defaults (four YAML files under {@code
 * io/optionsv4/app/config/defaults/}: {@code construction.yaml}, {@code selection.yaml} with {@code preferences},
 * {@code capital} and {@code ranking}, {@code exits.yaml}, and {@code costs.yaml} with the brokerage and slippage)
 * overlaid by the {@code analysis:} section of the user's
 * {@code options-v4.yaml} (in {@code $OPTIONS_V4_HOME}, or the file given with {@code --config}). Objects merge key by
 * key; a list or a value in the user's file replaces the default. Unknown keys are errors, so a misspelt setting
 * never goes unnoticed.
 */
public final class AnalysisConfig {

    /** The user's configuration file name inside the home directory. */
    public static final String FILE_NAME = "options-v4.yaml";

    /** The section of the user's file that holds these settings. */
    public static final String SECTION = "analysis";

    /** The top-level keys a settings file may have; any other is an error naming it. */
    public static final java.util.Set<String> TOP_LEVEL_KEYS = java.util.Set.of(SECTION);

    private static final String DEFAULTS = "/io/optionsv4/app/config/defaults/";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private AnalysisConfig() {}

    /** Returns the embedded defaults. */
    public static AnalysisSettings defaults() {
        return bind(defaultTree(), "the embedded defaults");
    }

    /**
     * Returns the defaults overlaid by {@code file}'s {@code analysis:} section, when the file exists.
     *
     * @throws IllegalArgumentException naming the file and the setting when the file is not valid YAML or a setting
     *     is unknown or out of range
     */
    public static AnalysisSettings load(Optional<Path> file) {
        return bind(effectiveTree(file), source(file));
    }

    /**
     * Returns the effective settings as YAML under the {@code analysis:} key, after checking that they bind.
     *
     * @throws IllegalArgumentException as {@link #load(Optional)}
     */
    public static String toYaml(Optional<Path> file) {
        ObjectNode tree = effectiveTree(file);
        bind(tree, source(file));
        try {
            return YAML.writeValueAsString(YAML.createObjectNode().set(SECTION, tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the settings as YAML", e);
        }
    }

    private static String source(Optional<Path> file) {
        return file.filter(Files::isRegularFile).map(Path::toString).orElse("the embedded defaults");
    }

    private static ObjectNode effectiveTree(Optional<Path> file) {
        ObjectNode tree = defaultTree();
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return tree;
        }
        JsonNode user;
        try {
            user = YAML.readTree(file.get().toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file.get() + ": not valid YAML: " + e.getMessage(), e);
        }
        requireKnownKeys(file.get(), user);
        if (user != null && user.has(SECTION)) {
            if (!user.get(SECTION).isObject()) {
                throw new IllegalArgumentException(file.get() + ": '" + SECTION + "' must be a mapping");
            }
            merge(tree, (ObjectNode) user.get(SECTION));
        }
        return tree;
    }

    /**
     * Fails when {@code user} (the whole file) is not a mapping or has a top-level key no part of the system reads: a
     * misspelt section would otherwise run on the defaults. An empty file is accepted.
     */
    private static void requireKnownKeys(Path file, JsonNode user) {
        if (user == null || user.isMissingNode() || user.isNull()) {
            return;
        }
        if (!user.isObject()) {
            throw new IllegalArgumentException(file + ": not a YAML mapping of settings (found "
                    + user.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + "); expected keys: "
                    + TOP_LEVEL_KEYS);
        }
        user.fieldNames().forEachRemaining(key -> {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown top-level key "
                        + io.optionsv4.core.result.SafeText.quote(key) + "; known keys: " + TOP_LEVEL_KEYS);
            }
        });
    }

    private static ObjectNode defaultTree() {
        ObjectNode tree = YAML.createObjectNode();
        tree.set("construction", resource("construction.yaml"));
        JsonNode selection = resource("selection.yaml");
        tree.set("preferences", selection.get("preferences"));
        tree.set("capital", selection.get("capital"));
        tree.set("ranking", selection.get("ranking"));
        tree.set("exits", resource("exits.yaml"));
        tree.set("costs", resource("costs.yaml"));
        return tree;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = AnalysisConfig.class.getResourceAsStream(DEFAULTS + name)) {
            if (in == null) {
                throw new IllegalStateException("embedded default settings " + DEFAULTS + name + " are missing");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedded " + DEFAULTS + name, e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue() instanceof ObjectNode value) {
                merge(object, value);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static AnalysisSettings bind(JsonNode tree, String source) {
        try {
            return YAML.treeToValue(tree, AnalysisSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(SettingErrors.describe(e, source), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": invalid analysis setting: " + e.getMessage(), e);
        }
    }
}
