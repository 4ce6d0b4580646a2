package lab.minimax.experiment;

/**
 * The version of the training engine, stamped into exported configs ({@code "engine"}), links
 * ({@code _engine}) and {@code summary.json}. The same config, seed and engine version give the
 * same run bit for bit on every machine; another engine version may give another run (the config
 * itself still means the same experiment, and is read by every version).
 *
 * <ul>
 *   <li>1: the float64 engine (until 2026-11), whose sums followed the CPU's vector width;</li>
 *   <li>2: one float32 engine for every caller, every sum in a fixed order (FMA across output
 *   columns), SplitMix64 streams and our own Gaussian, transcendentals by StrictMath or our own
 *   code.</li>
 * </ul>
 */
public final class Engine {
    /** This build's engine version. */
    public static final int VERSION = 2;

    private Engine() {
    }
}
