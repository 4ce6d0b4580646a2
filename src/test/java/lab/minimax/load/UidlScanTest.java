package lab.minimax.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's UIDL scanning on messages shaped like Vaadin's (push and response). */
class UidlScanTest {
    private static final String FRAME_PUSH = "{\"syncId\":41,\"clientId\":7,\"changes\":[{\"node\":25,\"type\":\"put\","
            + "\"key\":\"text\",\"feat\":7,\"value\":\"step 1200 · D steps 1200 · 12 steps/s · 12 frames/s · running\"}],"
            + "\"execute\":[[[0,31],{\"seq\":5,\"heat\":\"AAAAwD8AAIA/\",\"fake\":\"AACAPw==\"},"
            + "\"return (async function() { this.setFrame($1)}).apply($0)\"],"
            + "[[0, 44], {\"seq\": 9}, \"return (async function() { this.setFrame($1)}).apply($0)\"]],"
            + "\"timings\":[12,3]}";

    @Test
    void readsSyncIdStepAndEveryFrameCall() {
        assertEquals(41, UidlScan.maxSyncId(FRAME_PUSH));
        assertEquals(1200, UidlScan.lastStep(FRAME_PUSH));
        List<UidlScan.FrameRef> frames = UidlScan.frames(FRAME_PUSH);
        assertEquals(2, frames.size());
        assertEquals(31, frames.get(0).node());
        assertEquals(5, frames.get(0).seq());
        assertEquals(44, frames.get(1).node());
        assertEquals(9, frames.get(1).seq());
        String first = "{\"seq\":5,\"heat\":\"AAAAwD8AAIA/\",\"fake\":\"AACAPw==\"}";
        assertEquals(first, FRAME_PUSH.substring(frames.get(0).start(), frames.get(0).end()));
        assertEquals(first.length(), frames.get(0).bytes());
        assertEquals("{\"seq\": 9}".length(), frames.get(1).bytes());
    }

    @Test
    void aFrameCarriesALayerOnlyAsANonEmptyStringOfItsOwn() {
        String msg = "{\"execute\":[[[0,3],{\"seq\":1,\"heat\":\"AAA=\",\"heatScale\":[0,1],\"fake\":\"\",\"grid\":\"AQ==\"},"
                + "\"x\"],[[0,4],{\"seq\":2,\"fake\":\"AQ==\"},\"x\"]]}";
        List<UidlScan.FrameRef> f = UidlScan.frames(msg);
        assertEquals(2, f.size());
        assertTrue(UidlScan.carries(msg, f.get(0), List.of("heat", "grid")));
        assertFalse(UidlScan.carries(msg, f.get(0), List.of("heat", "fake")), "an empty string clears the layer");
        assertFalse(UidlScan.carries(msg, f.get(0), List.of("arrows")), "absent");
        assertTrue(UidlScan.carries(msg, f.get(1), List.of("fake")));
        assertFalse(UidlScan.carries(msg, f.get(1), List.of("heat")), "the first frame's heat is not the second's");
    }

    @Test
    void theLastStatusLineAndTheLargestSyncIdWin() {
        String two = "{\"syncId\":3,\"value\":\"step 10 · x\"}{\"syncId\":\t12,\"value\":\"step 11 · y\"}";
        assertEquals(12, UidlScan.maxSyncId(two));
        assertEquals(11, UidlScan.lastStep(two));
    }

    @Test
    void messagesWithoutFramesOrNumbersGiveNothing() {
        String plain = "{\"syncId\":2,\"changes\":[],\"execute\":[[[0,3],\"x\",\"return 1\"]],\"note\":{\"seq\":4}}";
        assertEquals(List.of(), UidlScan.frames(plain), "a seq not right after an element reference is no frame");
        assertEquals(-1, UidlScan.lastStep(plain));
        assertEquals(-1, UidlScan.maxSyncId("{\"syncId\":\"x\"}"));
        assertEquals(-1, UidlScan.number("abc", 0));
        assertEquals(123, UidlScan.number("  123,", 0));
    }
}
