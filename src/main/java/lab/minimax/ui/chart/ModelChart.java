package lab.minimax.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The model overview ({@code <mm-model>}), as GAN Lab draws it: G and D as boxes with their layer
 * sizes (noise dim → hidden widths → data dim; data dim → hidden widths → 1), real data x flowing
 * into D and z → G → D, with the phase of a step lit: the D update (x and G(z) into D, G frozen)
 * or the G update (z → G → D, D frozen).
 */
@Tag("mm-model")
@JsModule("./components/mm-model.ts")
public class ModelChart extends Component implements HasSize {
    /** The part of a step the overview lights. */
    public enum Phase {
        NONE(""), D("d"), G("g");

        private final String js;

        Phase(String js) {
            this.js = js;
        }
    }

    private List<Integer> generator = List.of();
    private List<Integer> discriminator = List.of();
    private Phase phase = Phase.NONE;

    /** Shows the layer sizes of {@code config}'s networks (the data dimension from its target; 2 for points). */
    public void setConfig(ExperimentConfig config) {
        int dx = TargetCatalog.find(config.target().name()).map(TargetDef::dim).orElse(2);
        generator = sizes(config.noise().dim(), config.generator(), dx);
        discriminator = sizes(dx, config.discriminator(), 1);
        getElement().setProperty("generator", text(generator));
        getElement().setProperty("discriminator", text(discriminator));
        getElement().setProperty("activationG", config.generator().activation().id());
        getElement().setProperty("activationD", config.discriminator().activation().id());
    }

    /** Lights the phase of the step just taken (NONE: nothing lit, e.g. while playing). */
    public void setPhase(Phase p) {
        phase = p;
        getElement().setProperty("phase", p.js);
    }

    public Phase getPhase() {
        return phase;
    }

    /** G's layer sizes, input first: noise dim, hidden widths, data dim. */
    public List<Integer> generatorSizes() {
        return generator;
    }

    /** D's layer sizes, input first: data dim, hidden widths, 1. */
    public List<Integer> discriminatorSizes() {
        return discriminator;
    }

    static List<Integer> sizes(int in, NetworkSpec net, int out) {
        List<Integer> s = new ArrayList<>();
        s.add(in);
        s.addAll(net.hidden());
        s.add(out);
        return List.copyOf(s);
    }

    static String text(List<Integer> sizes) {
        return sizes.stream().map(String::valueOf).collect(Collectors.joining(" → "));
    }
}
