package lab.minimax.experiment;

import java.util.List;
import java.util.Optional;

/** A catalogue entry: a target's name, dimension, parameters and a one-line description. */
public record TargetDef(String name, int dim, List<ParamDef> params, String description) {
    public Optional<ParamDef> param(String key) {
        return params.stream().filter(p -> p.name().equals(key)).findFirst();
    }
}
