package lab.minimax.experiment;

/**
 * @param name     sgd, adam or rmsprop
 * @param lr       learning rate
 * @param beta1    Adam β1
 * @param beta2    Adam β2; RMSProp's smoothing constant α
 * @param momentum SGD momentum (and RMSProp momentum)
 */
public record OptimizerParams(OptimizerName name, double lr, double beta1, double beta2, double momentum) {
}
