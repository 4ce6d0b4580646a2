package lab.minimax.nn;

/** Weight initialisation schemes (biases: PyTorch default U(±1/√fan_in); He and Glorot: zero). */
public enum Init {
    /** PyTorch nn.Linear default: W, b ~ U(−1/√fan_in, 1/√fan_in). */
    PYTORCH,
    /** He (Kaiming) normal: W ~ N(0, 2/fan_in). */
    HE,
    /** Glorot (Xavier) uniform: W ~ U(±√(6/(fan_in + fan_out))). */
    GLOROT
}
