package lab.minimax.random;

import java.util.random.RandomGenerator;

/**
 * Vigna's SplitMix64 (https://prng.di.unimi.it/splitmix64.c): a 64-bit state advanced by the
 * Weyl increment γ = 0x9E3779B97F4A7C15 and output through Stafford's "variant 13" mix. The
 * state is one {@code long} that can be read ({@link #state()}) and restored
 * ({@link #fromState(long)}), so a run's random stream can be saved and resumed exactly.
 * <p>
 * Every method the engine calls is defined here, by a fixed algorithm, so the bits drawn depend
 * only on this code and never on the JDK's default methods: integers by Lemire's multiply with
 * rejection, doubles and floats from the top 53 / 24 bits, Gaussians and exponentials by
 * Marsaglia and Tsang's ziggurat ({@link GaussianZiggurat}, {@link ExponentialZiggurat}).
 * Not thread-safe: give each thread its own stream ({@link #split()}).
 */
public final class SplitMix64 implements RandomGenerator {
    /** The Weyl increment γ = 2⁶⁴/φ, odd. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final float FLOAT_UNIT = 0x1.0p-24f;

    private long state;

    /** A stream whose state is {@code seed}: the same sequence as the reference C code seeded with it. */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The stream continuing from a state read earlier by {@link #state()}. */
    public static SplitMix64 fromState(long state) {
        return new SplitMix64(state);
    }

    /** The current state: {@code fromState(state())} draws exactly what this stream draws next. */
    public long state() {
        return state;
    }

    /**
     * Continues this stream from a state read earlier by {@link #state()}: it then draws exactly
     * what {@code fromState(state)} draws. For restoring a checkpoint into an object that other
     * parts of a trainer already hold (the stream has no other state: the ziggurats cache nothing).
     */
    public void setState(long state) {
        this.state = state;
    }

    /**
     * A new stream derived deterministically from this one, which advances by one draw.
     * The child's state is fmix64(nextLong()), MurmurHash3's finaliser (a bijection with
     * constants different from the output mix), so the child's state is not a value this
     * stream outputs. Every SplitMix64 stream walks the same cycle of 2⁶⁴ states s₀ + kγ; the
     * child starts at a pseudo-random point of that cycle, so two streams of L draws each share
     * a state with probability about 2L/2⁶⁴ (1e-10 for L = 10⁹).
     */
    public SplitMix64 split() {
        return new SplitMix64(fmix64(nextLong()));
    }

    /** z = s + γ; z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9; z ← (z ⊕ z≫27)·0x94D049BB133111EB; z ⊕ z≫31. */
    @Override
    public long nextLong() {
        long z = state += GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long fmix64(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** The top 32 bits of {@link #nextLong()}. */
    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** Uniform on [0, bound), unbiased (Lemire's method). */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) below(bound);
    }

    /** Uniform on [origin, bound), unbiased; the width may exceed {@code Integer.MAX_VALUE}. */
    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("origin must be below bound, got origin " + origin + ", bound " + bound);
        }
        return (int) (origin + below((long) bound - origin));
    }

    /**
     * Uniform on [0, n) for 1 ≤ n ≤ 2³² (Lemire 2019): m = u·n for u the top 32 bits; the result is
     * m ≫ 32, and u is drawn again while the low half of m is below 2³² mod n.
     */
    private long below(long n) {
        long m = (nextLong() >>> 32) * n;
        long low = m & 0xFFFFFFFFL;
        if (low < n) {
            long threshold = ((1L << 32) - n) % n;
            while (low < threshold) {
                m = (nextLong() >>> 32) * n;
                low = m & 0xFFFFFFFFL;
            }
        }
        return m >>> 32;
    }

    /** Uniform on [0, bound), unbiased: a 63-bit draw reduced mod bound, redrawn in the last partial block. */
    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return belowLong(bound);
    }

    /** Uniform on [origin, bound), unbiased. */
    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("origin must be below bound, got origin " + origin + ", bound " + bound);
        }
        long n = bound - origin;
        if (n > 0) {
            return origin + belowLong(n);
        }
        long r; // the width overflows a long: draw until inside
        do {
            r = nextLong();
        } while (r < origin || r >= bound);
        return r;
    }

    private long belowLong(long n) {
        long mask = n - 1;
        if ((n & mask) == 0) {
            return nextLong() & mask;
        }
        long u = nextLong() >>> 1;
        long r = u % n;
        while (u - r + mask < 0) { // u lies in the incomplete last block [⌊2⁶³/n⌋·n, 2⁶³)
            u = nextLong() >>> 1;
            r = u % n;
        }
        return r;
    }

    /** (top 53 bits)·2⁻⁵³, on [0, 1). */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** bound·nextDouble(), on [0, bound). */
    @Override
    public double nextDouble(double bound) {
        if (!(bound > 0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be positive and finite, got " + bound);
        }
        double r = nextDouble() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** origin + (bound − origin)·nextDouble(), on [origin, bound). */
    @Override
    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("origin must be below bound, both finite, got origin "
                    + origin + ", bound " + bound);
        }
        double r = origin + nextDouble() * (bound - origin);
        return r < bound ? r : Math.nextDown(bound);
    }

    /** (top 24 bits)·2⁻²⁴, on [0, 1). */
    @Override
    public float nextFloat() {
        return (nextLong() >>> 40) * FLOAT_UNIT;
    }

    /** bound·nextFloat(), on [0, bound). */
    @Override
    public float nextFloat(float bound) {
        if (!(bound > 0 && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be positive and finite, got " + bound);
        }
        float r = nextFloat() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** origin + (bound − origin)·nextFloat(), on [origin, bound). */
    @Override
    public float nextFloat(float origin, float bound) {
        if (!(origin < bound && bound - origin < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("origin must be below bound, both finite, got origin "
                    + origin + ", bound " + bound);
        }
        float r = origin + nextFloat() * (bound - origin);
        return r < bound ? r : Math.nextDown(bound);
    }

    /** The top bit of {@link #nextLong()}. */
    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** Fills {@code bytes} from successive {@link #nextLong()}s, low byte first. */
    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long r = nextLong();
            for (int k = 0; k < 8 && i < bytes.length; k++, r >>>= 8) {
                bytes[i++] = (byte) r;
            }
        }
    }

    /** N(0, 1) by the ziggurat, see {@link GaussianZiggurat}. */
    @Override
    public double nextGaussian() {
        return GaussianZiggurat.sample(this);
    }

    /** mean + stddev·nextGaussian(). */
    @Override
    public double nextGaussian(double mean, double stddev) {
        if (!(stddev >= 0 && stddev < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("stddev must be finite and ≥ 0, got " + stddev);
        }
        return mean + stddev * nextGaussian();
    }

    /** Exp(1) by the ziggurat, see {@link ExponentialZiggurat}. */
    @Override
    public double nextExponential() {
        return ExponentialZiggurat.sample(this);
    }

    @Override
    public String toString() {
        return "SplitMix64[state=0x" + Long.toHexString(state) + "]";
    }
}
