package org.tthc.warehouse;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * How the warehouse reads its rule files (quality checks, the Decision 766 model): plain YAML only — maps, lists,
 * strings, numbers, booleans, null; no tags that build objects, no duplicate keys.
 */
public final class SafeYaml {
    private SafeYaml() {
    }

    /** @throws YAMLException when {@code yaml} is not valid YAML or repeats a key */
    public static Object load(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options)).load(yaml);
    }
}
