package lab.minimax.experiment;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A target distribution by name with its numeric parameters (JSON: {@code "target": {"name":
 * "ring8", "radius": 2, "sd": 0.02}}; URL: {@code target.name=ring8&target.radius=2}), for the
 * {@code points} target the user's point set, and for the {@code mnist} target an optional digit
 * subset (JSON {@code "digits": "0,1,7"}; URL {@code target.digits=0,1,7}).
 *
 * @param name   one of {@link TargetCatalog#NAMES}
 * @param params numeric parameters by name (sorted, so equal specs print equally); missing ones
 *               take the catalogue's defaults
 * @param points the user-given points ({@code points} target), else {@code null}
 * @param digits the digits to train on as text ({@link DigitSubset}'s form, {@code mnist} only),
 *               {@code null} for all ten
 */
public record TargetSpec(String name, Map<String, Double> params, PointSet points, String digits) {
    public TargetSpec {
        Objects.requireNonNull(name, "name");
        params = params == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /** A target without a digit subset. */
    public TargetSpec(String name, Map<String, Double> params, PointSet points) {
        this(name, params, points, null);
    }

    public static TargetSpec of(String name) {
        return new TargetSpec(name, Map.of(), null);
    }

    /** The parameter's value, or {@code fallback} when it is not set. */
    public double param(String key, double fallback) {
        Double v = params.get(key);
        return v == null ? fallback : v;
    }

    /** The digit subset ({@link DigitSubset#all()} when none is given); throws for a bad text. */
    public DigitSubset digitSubset() {
        return digits == null ? DigitSubset.all() : DigitSubset.parse(digits);
    }

    /** Whether this names an image target (28 × 28 digits). */
    public boolean isImage() {
        return TargetCatalog.isImage(name);
    }
}
