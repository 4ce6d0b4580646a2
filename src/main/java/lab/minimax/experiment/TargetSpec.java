package lab.minimax.experiment;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A target distribution by name with its numeric parameters (JSON: {@code "target": {"name":
 * "ring8", "radius": 2, "sd": 0.02}}; URL: {@code target.name=ring8&target.radius=2}) and, for
 * the {@code points} target only, the user's point set.
 *
 * @param name   one of {@link TargetCatalog#NAMES}
 * @param params numeric parameters by name (sorted, so equal specs print equally); missing ones
 *               take the catalogue's defaults
 * @param points the user-given points ({@code points} target), else {@code null}
 */
public record TargetSpec(String name, Map<String, Double> params, PointSet points) {
    public TargetSpec {
        Objects.requireNonNull(name, "name");
        params = params == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    public static TargetSpec of(String name) {
        return new TargetSpec(name, Map.of(), null);
    }

    /** The parameter's value, or {@code fallback} when it is not set. */
    public double param(String key, double fallback) {
        Double v = params.get(key);
        return v == null ? fallback : v;
    }
}
