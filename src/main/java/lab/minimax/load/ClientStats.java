package lab.minimax.load;

import java.util.List;

/**
 * One session's figures over the measured window.
 *
 * @param stepsPerS   training steps per second (from the step counter of the pushed status line)
 * @param framesPerS  frames received and acknowledged per second
 * @param frameGapsMs per frame, the time from the previous acknowledgement to its arrival
 * @param ackRttMs    per acknowledgement, the round trip of its UIDL request
 * @param failure     the last error the client met, or null
 */
record ClientStats(double stepsPerS, double framesPerS, List<Double> frameGapsMs, List<Double> ackRttMs, String failure) {
}
