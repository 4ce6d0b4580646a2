package lab.minimax.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In-process A/B of the float32 canonical step of two builds (not a test): each class folder is
 * loaded in its own class loader, and chunks of steps alternate between them, so both see the
 * same machine load. Args: oldClasses newClasses small|large threads [rounds]; -Dab.float64=true times the
 * float64 step instead.
 */
public final class StepAB {
    private StepAB() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args[2].toUpperCase();
        int threads = Integer.parseInt(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        List<URL> deps = new ArrayList<>();
        for (String p : System.getProperty("ab.deps").split(File.pathSeparator)) {
            deps.add(new File(p).toURI().toURL());
        }
        Object[] steps = new Object[2];
        Method[] step = new Method[2];
        for (int s = 0; s < 2; s++) {
            List<URL> urls = new ArrayList<>();
            urls.add(new File(args[s]).toURI().toURL());
            urls.addAll(deps);
            ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> v = cl.loadClass("lab.minimax.bench.Variant");
            Object var = v.getField(variant).get(null);
            Class<?> c;
            if (Boolean.getBoolean("ab.float64")) {
                c = cl.loadClass("lab.minimax.bench.Float64Step");
                steps[s] = c.getConstructor(v, long.class).newInstance(var, 1L);
            } else {
                c = cl.loadClass("lab.minimax.bench.Float32Step");
                steps[s] = c.getConstructor(v, long.class, int.class).newInstance(var, 1L, threads);
            }
            step[s] = c.getMethod("step");
        }
        int k = variant.equals("SMALL") ? 400 : 8;
        for (int w = 0; w < 4; w++) {
            for (int s = 0; s < 2; s++) {
                for (int i = 0; i < k; i++) {
                    step[s].invoke(steps[s]);
                }
            }
        }
        double[][] rate = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int s0 = 0; s0 < 2; s0++) {
                int s = (r + s0) % 2;
                long t0 = System.nanoTime();
                for (int i = 0; i < k; i++) {
                    step[s].invoke(steps[s]);
                }
                rate[s][r] = k / ((System.nanoTime() - t0) / 1e9);
            }
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = rate[1][r] / rate[0][r];
        }
        Arrays.sort(rate[0]);
        Arrays.sort(rate[1]);
        Arrays.sort(ratio);
        System.out.printf((Boolean.getBoolean("ab.float64") ? "float64" : "float32") + " %s threads=%d: A %.1f steps/s, B %.1f steps/s (medians of %d interleaved chunks), median B/A %.2f%n",
                variant.toLowerCase(), threads, rate[0][rounds / 2], rate[1][rounds / 2], rounds, ratio[rounds / 2]);
        System.exit(0);
    }
}
