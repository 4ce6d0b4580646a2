package lab.minimax.load;

import java.util.List;

/**
 * One session's figures over the measured window.
 *
 * @param stepsPerS      training steps per second (from the step counter of the pushed status line)
 * @param framesPerS     whole frames per second: each carries a new step and every layer
 * @param receivedPerS   frame calls received (and acknowledged) per second, whole or not
 * @param bytes          sizes of the frames received
 * @param frameGapsMs    per frame, the time from the previous acknowledgement to its arrival
 * @param ackRttMs       per acknowledgement, the round trip of its UIDL request
 * @param failure        the last error the client met, or null
 */
record ClientStats(double stepsPerS, double framesPerS, double receivedPerS, Bytes bytes,
                   List<Double> frameGapsMs, List<Double> ackRttMs, String failure) {
    /**
     * @param frames      frames received
     * @param frameSum    bytes of their frame objects (the setFrame argument), summed
     * @param frameMax    the largest frame object
     * @param messageSum  bytes of the UIDL messages that carried them, summed
     * @param messageMax  the largest such message
     * @param wireSum     those messages' bytes on the wire, summed: gzip responses as received,
     *                    pushes as permessage-deflate would send them ({@link WireSize})
     * @param wireMax     the largest on the wire
     */
    record Bytes(long frames, long frameSum, long frameMax, long messageSum, long messageMax, long wireSum, long wireMax) {
    }
}
