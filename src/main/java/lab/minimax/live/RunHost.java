package lab.minimax.live;

import com.vaadin.flow.component.UI;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.training.RunState;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lab.minimax.live.frame.LabSnapshot;

/**
 * Hosts one run for a page (the lab page's run, a lesson's or each of the comparison's two): makes
 * it from the factory, drives its transport (play, pause, steps, reset, speed), applies edited
 * settings (live ones to the running run, the others by a new run at step 0), pushes its frames
 * to a {@link Screen} through a {@link FramePump} while the page is attached, tells the page-hide
 * beacon its token, and releases it when the page goes. Call from the UI thread (session locked).
 */
public final class RunHost {
    /** Where the frames go: the page's status line and charts. */
    public interface Screen extends FramePump.Sink {
        /** A new run: empty charts, everything sent again. */
        void newRun(LiveRun run);

        /** Empties the charts over steps (reset to step 0). */
        void clearHistory();

        /** The browser holds nothing (re-attached): send every array again. */
        void forgetSent();

        /** The browser painted a frame. */
        void frameDrawn();
    }

    private final LiveRunFactory factory;
    private final Screen screen;
    /** The run's key among several on the page for the beacon (null: the page's one run). */
    private final String beaconKey;
    private final List<Consumer<LabSnapshot>> frameListeners = new CopyOnWriteArrayList<>();
    private Consumer<ExperimentConfig> onNewRun = c -> { };
    private Runnable afterAction = () -> { };
    private Supplier<ExperimentConfig> restartEnded;
    private boolean drawWhenDetached;
    private boolean durable;
    private ExperimentConfig config;
    private LiveRun run;
    private FramePump pump;
    private UI ui;
    private boolean playing;
    private int stepsPerFrame = 5;

    /**
     * @param beaconKey the run's key among the page's runs for the page-hide beacon (null: the
     *                  page has this one run)
     */
    public RunHost(LiveRunFactory factory, Screen screen, String beaconKey) {
        this.factory = factory;
        this.screen = screen;
        this.beaconKey = beaconKey;
    }

    /** Called with the config of every new run, after the screen was told and before it plays. */
    public RunHost onNewRun(Consumer<ExperimentConfig> listener) {
        onNewRun = listener;
        return this;
    }

    /** Called after every transport action, before its result is drawn (e.g. to show the play state). */
    public RunHost afterAction(Runnable listener) {
        afterAction = listener;
        return this;
    }

    /** Play on a run that ended (stopped, refused) starts a new run of this config (default: Play does nothing new). */
    public RunHost restartEndedWith(Supplier<ExperimentConfig> config) {
        restartEnded = config;
        return this;
    }

    /** Whether its runs are durable ({@link LiveRunFactory#createDurable}; default: no, as a lesson's). */
    public RunHost durable(boolean on) {
        durable = on;
        return this;
    }

    /** Whether actions draw their result even while the page is not attached (default: no). */
    public RunHost drawWhenDetached(boolean on) {
        drawWhenDetached = on;
        return this;
    }

    /** Called with every snapshot drawn (the session is locked). */
    public void addFrameListener(Consumer<LabSnapshot> listener) {
        frameListeners.add(listener);
    }

    /** Replaces the run by a new one of {@code c} at step 0, in the same play state. */
    public void start(ExperimentConfig c) {
        if (run != null) {
            run.close();
        }
        config = c;
        run = durable ? factory.createDurable(c) : factory.create(c);
        run.setStepsPerFrame(stepsPerFrame);
        host(c);
    }

    /**
     * Takes over {@code resumed}, a run of {@code c} made by the factory (e.g. resumed from its
     * checkpoint), paused, with its own speed.
     */
    public void adopt(LiveRun resumed, ExperimentConfig c) {
        if (run != null) {
            run.close();
        }
        config = c;
        run = resumed;
        playing = false;
        run.setStepsPerFrame(stepsPerFrame);
        host(c);
    }

    private void host(ExperimentConfig c) {
        screen.newRun(run);
        onNewRun.accept(c);
        if (ui != null) {
            announce();
        }
        act(() -> {
            if (playing) {
                run.play();
            }
        });
    }

    /**
     * Settings edited on the page: a new run when they need a new model, else the live ones
     * (learning rates, k, the generator loss, see {@link lab.minimax.gan.LiveChange}) change the running run.
     */
    public void edit(ExperimentConfig c, boolean needsNewModel) {
        if (needsNewModel) {
            start(c);
        } else {
            config = c;
            run.updateLive(c);
        }
    }

    public void play() {
        playing = true;
        if (restartEnded != null && run.latest().state().ended()) {
            start(restartEnded.get()); // stopped (idle, lifetime, operator) or refused: ask for a new run
            return;
        }
        act(run::play);
    }

    public void pause() {
        playing = false;
        act(run::pause);
    }

    /** One full step (pauses a playing run: the engine does, and the page follows). */
    public void step() {
        playing = false;
        act(run::step);
    }

    public void stepD() {
        playing = false;
        act(run::stepD);
    }

    public void stepG() {
        playing = false;
        act(run::stepG);
    }

    /** Back to step 0 with the same seed; the charts over steps start again. */
    public void reset() {
        run.reset();
        screen.clearHistory();
        act(() -> { });
    }

    /** Speed: training steps per drawn frame. */
    public void setStepsPerFrame(int steps) {
        stepsPerFrame = steps;
        if (run != null) {
            run.setStepsPerFrame(steps);
        }
    }

    public boolean playing() {
        return playing;
    }

    public LiveRun run() {
        return run;
    }

    /** The config of the run (with the live settings last applied). */
    public ExperimentConfig config() {
        return config;
    }

    /**
     * {@code n} full steps without a drawn frame per step (the frames follow at their own pace):
     * how the comparison page moves two runs in lockstep. Pauses a playing run. Safe off the UI
     * thread.
     */
    public void advance(int n) {
        LiveRun r = run;
        if (r instanceof EngineLiveRun er) {
            for (int i = 0; i < n; i++) {
                er.trainingRun().step();
            }
        } else {
            for (int i = 0; i < n; i++) {
                r.step();
            }
        }
    }

    /** True when the run can take no more steps (diverged, failed or stopped). */
    public boolean halted() {
        LiveRun r = run;
        if (r instanceof EngineLiveRun er) {
            RunState s = er.trainingRun().state();
            return s == RunState.DIVERGED || s == RunState.FAILED || s == RunState.STOPPED;
        }
        return r.latest().state() == RunState.DIVERGED;
    }

    /** The page is attached: frames flow (a run is made first if the page has none). */
    public void attach(UI attachedTo, Supplier<ExperimentConfig> initial) {
        ui = attachedTo;
        if (run == null) {
            start(initial.get());
        }
        screen.forgetSent();
        pump = new FramePump(attachedTo, () -> run, this::draw);
        pump.start();
        pump.drawNow();
        announce();
    }

    /** The page went away: no more frames, the run is released. */
    public void detach() {
        ui = null;
        if (pump != null) {
            pump.stop();
            pump = null;
        }
        if (run != null) {
            run.close();
            run = null;
        }
    }

    /** The browser painted frame {@code seq}. */
    public void frameDrawn(long seq) {
        screen.frameDrawn();
        if (pump != null) {
            pump.acknowledged(seq);
        }
    }

    /** Draws the newest snapshot now. */
    public void redraw() {
        if (pump != null) {
            pump.drawNow();
        } else if (drawWhenDetached) {
            draw(-1, run.latest());
        }
    }

    private void act(Runnable action) {
        action.run();
        afterAction.run();
        redraw();
    }

    private void draw(long seq, LabSnapshot s) {
        screen.draw(seq, s);
        frameListeners.forEach(l -> l.accept(s));
    }

    private void announce() {
        if (beaconKey == null) {
            RunBeacon.announce(ui, run);
        } else {
            RunBeacon.announce(ui, beaconKey, run);
        }
    }
}
