package lab.minimax.bench;

import java.util.SplittableRandom;
import lab.minimax.nn.f32.FloatAdam;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.FloatMlp;

/**
 * Prints the time per phase of the float32 canonical step (not a test): sampling, G forward,
 * D forward/backward on 2B rows, Adam, the G update. Args: small|large [reps].
 */
public final class PhaseBench {
    private PhaseBench() {
    }

    public static void main(String[] args) {
        Variant v = Variant.valueOf(args.length > 0 ? args[0].toUpperCase() : "SMALL");
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : (v == Variant.SMALL ? 2000 : 40);
        FloatKernels k = FloatKernels.selected();
        SplittableRandom root = new SplittableRandom(1);
        FloatMlp g = new FloatMlp(2, v.hidden(), 2, k, root.split());
        FloatMlp d = new FloatMlp(2, v.hidden(), 1, k, root.split());
        SplittableRandom rng = root.split();
        FloatAdam oG = new FloatAdam(1e-4, 0.5, 0.999, 1e-8, g.parameters());
        FloatAdam oD = new FloatAdam(1e-4, 0.5, 0.999, 1e-8, d.parameters());
        int B = v.batch;
        float[] z = new float[2 * B], both = new float[4 * B], dV = new float[2 * B], dF = new float[2 * B];
        for (int i = 0; i < 2 * B; i++) {
            dV[i] = 1e-3f * (i % 7 - 3);
        }
        String[] names = {"sample", "G fwd", "D fwd 2B", "D bwd 2B", "Adam D", "D fwd B", "D bwd B (dX)", "G bwd", "Adam G"};
        long[] t = new long[names.length];
        for (int round = 0; round < 6; round++) {
            java.util.Arrays.fill(t, 0);
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < B; i++) {
                    int c = rng.nextInt(8);
                    both[2 * i] = c + (float) (0.02 * rng.nextGaussian());
                    both[2 * i + 1] = c + (float) (0.02 * rng.nextGaussian());
                }
                for (int i = 0; i < 2 * B; i++) {
                    z[i] = (float) rng.nextGaussian();
                }
                long t1 = System.nanoTime();
                float[] fake = g.forward(z, B);
                System.arraycopy(fake, 0, both, 2 * B, 2 * B);
                long t2 = System.nanoTime();
                d.forward(both, 2 * B);
                long t3 = System.nanoTime();
                d.backward(dV, true, null);
                long t4 = System.nanoTime();
                oD.step(d.parameters(), d.gradients());
                long t5 = System.nanoTime();
                d.forward(fake, B);
                long t6 = System.nanoTime();
                d.backward(dV, false, dF);
                long t7 = System.nanoTime();
                g.backward(dF, true, null);
                long t8 = System.nanoTime();
                oG.step(g.parameters(), g.gradients());
                long t9 = System.nanoTime();
                t[0] += t1 - t0; t[1] += t2 - t1; t[2] += t3 - t2; t[3] += t4 - t3; t[4] += t5 - t4;
                t[5] += t6 - t5; t[6] += t7 - t6; t[7] += t8 - t7; t[8] += t9 - t8;
            }
            if (round >= 3) {
                long sum = 0;
                StringBuilder sb = new StringBuilder(v.id() + " " + k.name() + " round " + round + ":");
                for (int i = 0; i < names.length; i++) {
                    sum += t[i];
                    sb.append(String.format(" %s=%.1fus", names[i], t[i] / 1e3 / reps));
                }
                sb.append(String.format(" total=%.1fus (%.0f steps/s)", sum / 1e3 / reps, 1e9 * reps / sum));
                System.out.println(sb);
            }
        }
    }
}
