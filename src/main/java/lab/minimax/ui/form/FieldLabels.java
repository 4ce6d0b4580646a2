package lab.minimax.ui.form;

import lab.minimax.experiment.config.ConfigError;

import java.util.Map;

/**
 * A validator message as the form shows it: under the label of the field the student sees
 * ("G channels: must hold 2 channel counts …") where the form has one, else under the config's
 * key (the name a link uses).
 */
final class FieldLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("target.digits", "Digits"),
            Map.entry("noise.dim", "Noise dimension"),
            Map.entry("conditional", "Conditional on the digit"),
            Map.entry("generator.kind", "G network"),
            Map.entry("generator.hidden", "G hidden widths"),
            Map.entry("generator.channels", "G channels"),
            Map.entry("generator.activation", "G activation"),
            Map.entry("generator.output", "G output"),
            Map.entry("generator.batchNorm", "G batch norm"),
            Map.entry("discriminator.kind", "D network"),
            Map.entry("discriminator.hidden", "D hidden widths"),
            Map.entry("discriminator.channels", "D channels"),
            Map.entry("discriminator.activation", "D activation"),
            Map.entry("objective.entropyWeight", "Entropy weight β"));

    private FieldLabels() {
    }

    /** "label: message", or "label, entry k: message" for a list's entry (the validator's key[k − 1]). */
    static String of(ConfigError e) {
        String key = e.field();
        int bracket = key.indexOf('[');
        if (bracket > 0 && key.endsWith("]") && LABELS.containsKey(key.substring(0, bracket))) {
            String index = key.substring(bracket + 1, key.length() - 1);
            String entry = index.chars().allMatch(Character::isDigit) && !index.isEmpty() && index.length() <= 4
                    ? ", entry " + (Integer.parseInt(index) + 1) : "";
            return LABELS.get(key.substring(0, bracket)) + entry + ": " + e.message();
        }
        return LABELS.getOrDefault(key, key) + ": " + e.message();
    }
}
