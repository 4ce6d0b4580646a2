package lab.minimax.distribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Φ, erfc and Φ⁻¹ against values computed independently with mpmath at 40 digits. */
class NormalTest {
    private static final double[][] ERFC = {
            {-3, 1.9999779095030014146}, {-1, 1.8427007929497148693}, {0.1, 0.8875370839817151078},
            {0.5, 0.47950012218695346232}, {1, 0.15729920705028513066}, {1.5, 0.033894853524689272933},
            {1.9, 0.0072095707647425300516}, {2, 0.0046777349810472658379}, {2.5, 0.00040695201744495893956},
            {3, 0.000022090496998585441373}, {5, 1.5374597944280348502e-12}, {10, 2.088487583762544757e-45},
            {20, 5.3958656116079009289e-176}, {26, 5.6631924088561428465e-296}};

    @Test
    void erfcMatchesHighPrecisionValuesToRelative1e13() {
        for (double[] r : ERFC) {
            double got = Normal.erfc(r[0]);
            assertEquals(r[1], got, 1e-13 * r[1], "erfc(" + r[0] + ")");
        }
        assertEquals(1, Normal.erfc(0), 1e-16);
    }

    @Test
    void logTailStaysFiniteFarOut() {
        assertEquals(-1254.8313611394199013, Normal.logSf(50), 1e-10);
        assertEquals(-5005.5242086942050886, Normal.logSf(100), 1e-9);
        assertEquals(Math.log(Normal.sf(3)), Normal.logSf(3), 1e-13);
        assertEquals(Math.log(Normal.cdf(-7)), Normal.logCdf(-7), 1e-12);
    }

    @Test
    void cdfDerivativeIsPdf() {
        for (double z = -8; z <= 8; z += 0.37) {
            double h = 1e-5;
            double fd = (Normal.cdf(z + h) - Normal.cdf(z - h)) / (2 * h);
            assertEquals(Normal.pdf(z), fd, 1e-9, "z = " + z);
            assertEquals(1, Normal.cdf(z) + Normal.sf(z), 1e-15);
        }
    }

    @Test
    void quantileMatchesHighPrecisionValuesAndInvertsCdf() {
        double[][] q = {{1e-300, -37.047096299361199237}, {1e-100, -21.273453560965324295},
                {1e-20, -9.2623400897984075737}, {1e-10, -6.3613409024040562047},
                {0.01, -2.3263478740408411009}, {0.3, -0.52440051270804078404}, {0.5, 0},
                {0.975, 1.9599639845400542355}};
        for (double[] r : q) {
            assertEquals(r[1], Normal.quantile(r[0]), 1e-12 * Math.max(1, Math.abs(r[1])), "u = " + r[0]);
        }
        for (double u = 0.001; u < 1; u += 0.0123) {
            assertEquals(u, Normal.cdf(Normal.quantile(u)), 1e-14);
        }
        assertTrue(Double.isInfinite(Normal.quantile(0)) && Normal.quantile(0) < 0);
        assertTrue(Double.isNaN(Normal.quantile(1.5)));
    }
}
