package lab.minimax.nn.f32;

import java.util.concurrent.locks.LockSupport;

/**
 * Two-thread {@link FloatKernels}: a product with at least {@code minFlops} multiply-adds is split
 * by rows of C, rows [0, h) on one worker thread, [h, m) on the caller (h a multiple of 4, so
 * every row is computed exactly as by the wrapped kernels: results are bit-identical). The
 * hand-off allocates nothing: the task is written into fields and published by a volatile
 * sequence number; the worker spins briefly, then parks. One caller thread at a time.
 * {@link #close()} stops the worker.
 */
public final class ParallelFloatKernels implements FloatKernels, AutoCloseable {
    /** Spin iterations before the worker parks (a few tens of µs). */
    private static final int SPINS = 20_000;

    private final FloatKernels base;
    private final long minFlops;
    private final Thread worker;

    // the task (written by the caller before publishing `posted`)
    private int kind;
    private float[] a, b, bias, mask, c;
    private int m, k, n, i0, i1;
    private Epilogue e;
    private volatile int posted;
    private volatile int done;
    private volatile Throwable failure;
    private volatile boolean closed;

    /**
     * @param base     the kernels each thread runs
     * @param minFlops products smaller than m·k·n = minFlops run on the caller alone
     */
    public ParallelFloatKernels(FloatKernels base, long minFlops) {
        this.base = base;
        this.minFlops = minFlops;
        this.worker = new Thread(this::work, "minimax-f32-worker");
        worker.setDaemon(true);
        worker.start();
    }

    /** The worker thread (tests sum its allocation). */
    public Thread workerThread() {
        return worker;
    }

    @Override
    public String name() {
        return base.name();
    }

    private void work() {
        int seen = 0;
        while (!closed) {
            int spins = 0;
            while (posted == seen && !closed) {
                if (++spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = posted;
            try {
                switch (kind) {
                    case 0 -> base.mult(a, b, bias, mask, c, m, k, n, e, i0, i1);
                    case 1 -> base.multTransA(a, b, c, m, k, n, i0, i1);
                    case 3 -> base.multTransB(a, b, mask, c, m, k, n, e, i0, i1);
                    default -> base.multTransB(a, b, bias, c, m, k, n, i0, i1);
                }
            } catch (Throwable t) {
                failure = t;
            }
            done = seen;
        }
    }

    /** Rows [0, h) to the worker: h = ⌊m/2⌋ rounded down to a multiple of 4. */
    private int post(int kind, float[] a, float[] b, float[] bias, float[] mask, float[] c,
                     int m, int k, int n, Epilogue e) {
        int h = (m / 2) & ~3;
        this.kind = kind;
        this.a = a;
        this.b = b;
        this.bias = bias;
        this.mask = mask;
        this.c = c;
        this.m = m;
        this.k = k;
        this.n = n;
        this.e = e;
        this.i0 = 0;
        this.i1 = h;
        int seq = posted + 1;
        posted = seq;
        LockSupport.unpark(worker);
        return h;
    }

    private void await() {
        int seq = posted;
        while (done != seq) {
            Thread.onSpinWait();
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            throw new IllegalStateException("worker failed: " + t, t);
        }
    }

    private boolean split(int m, int k, int n) {
        return (long) m * k * n >= minFlops && m >= 8 && !closed;
    }

    @Override
    public void mult(float[] a, float[] b, float[] bias, float[] mask, float[] c, int m, int k, int n, Epilogue e) {
        if (!split(m, k, n)) {
            base.mult(a, b, bias, mask, c, m, k, n, e, 0, m);
            return;
        }
        int h = post(0, a, b, bias, mask, c, m, k, n, e);
        try {
            base.mult(a, b, bias, mask, c, m, k, n, e, h, m);
        } finally {
            // the worker's share is always collected, so a failure never leaks into the next call
            await();
        }
    }

    @Override
    public void multTransA(float[] a, float[] b, float[] c, int m, int k, int n) {
        if (!split(m, k, n)) {
            base.multTransA(a, b, c, m, k, n, 0, m);
            return;
        }
        int h = post(1, a, b, null, null, c, m, k, n, null);
        try {
            base.multTransA(a, b, c, m, k, n, h, m);
        } finally {
            // the worker's share is always collected, so a failure never leaks into the next call
            await();
        }
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n) {
        if (!split(m, k, n)) {
            base.multTransB(a, b, bias, c, m, k, n, 0, m);
            return;
        }
        int h = post(2, a, b, bias, null, c, m, k, n, null);
        try {
            base.multTransB(a, b, bias, c, m, k, n, h, m);
        } finally {
            // the worker's share is always collected, so a failure never leaks into the next call
            await();
        }
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] mask, float[] c, int m, int k, int n, Epilogue e) {
        if (!split(m, k, n)) {
            base.multTransB(a, b, mask, c, m, k, n, e, 0, m);
            return;
        }
        int h = post(3, a, b, null, mask, c, m, k, n, e);
        try {
            base.multTransB(a, b, mask, c, m, k, n, e, h, m);
        } finally {
            // the worker's share is always collected, so a failure never leaks into the next call
            await();
        }
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] mask, float[] c, int m, int k, int n, Epilogue e,
                           int i0, int i1) {
        base.multTransB(a, b, mask, c, m, k, n, e, i0, i1);
    }

    @Override
    public void mult(float[] a, float[] b, float[] bias, float[] mask, float[] c, int m, int k, int n, Epilogue e,
                     int i0, int i1) {
        base.mult(a, b, bias, mask, c, m, k, n, e, i0, i1);
    }

    @Override
    public void multTransA(float[] a, float[] b, float[] c, int m, int k, int n, int i0, int i1) {
        base.multTransA(a, b, c, m, k, n, i0, i1);
    }

    @Override
    public void multTransB(float[] a, float[] b, float[] bias, float[] c, int m, int k, int n, int i0, int i1) {
        base.multTransB(a, b, bias, c, m, k, n, i0, i1);
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(worker);
    }
}
