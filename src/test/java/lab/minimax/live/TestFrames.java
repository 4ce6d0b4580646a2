package lab.minimax.live;

import lab.minimax.experiment.preset.Presets;
import lab.minimax.gan.Frame;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.live.frame.PlaneFrame;

/** Frames of a preset's run as the lab builds them, for the frame-coding tests. */
public final class TestFrames {
    private TestFrames() {
    }

    /** The plane frame of {@code preset} after {@code steps} steps, with the heavy layers (D*, manifold). */
    public static PlaneFrame plane(String preset, int steps) {
        Trainer t = TrainerFactory.create(Presets.get(preset).config());
        for (int i = 0; i < steps; i++) {
            t.step();
        }
        FrameBuilder b = new FrameBuilder(t, 1);
        Frame f = b.capture();
        b.heavy(f, b.lightRow());
        return b.plane(f);
    }
}
