/**
 * The engine's own random numbers (JDK only): {@link lab.minimax.random.SplitMix64}, a
 * {@link java.util.random.RandomGenerator} whose state is one readable, restorable
 * {@code long}, with fixed algorithms for every draw (Lemire's bounded integers, 53-bit doubles,
 * Marsaglia–Tsang ziggurats for the normal and exponential with tables computed by StrictMath),
 * so a seed gives the same bits on every JVM and CPU.
 */
package lab.minimax.random;
