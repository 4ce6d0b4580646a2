package lab.minimax.experiment.config;

import java.util.ArrayList;
import java.util.List;

/** Collects {@link ConfigError}s up to a cap, so that hostile input cannot produce unbounded lists. */
final class ErrorCollector {
    /** Most errors reported for one input; the rest are counted in one closing line. */
    static final int MAX_ERRORS = 100;

    private final List<ConfigError> errors = new ArrayList<>();
    private int dropped;

    void add(String field, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ConfigError(field, message));
        } else {
            dropped++;
        }
    }

    void add(ConfigError e) {
        add(e.field(), e.message());
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** True once the cap is reached: readers may stop early. */
    boolean full() {
        return errors.size() >= MAX_ERRORS;
    }

    List<ConfigError> toList() {
        List<ConfigError> out = new ArrayList<>(errors);
        if (dropped > 0) {
            out.add(new ConfigError("config", dropped + " more problems not listed"));
        }
        return out;
    }
}
