package lab.minimax.ui.draw;

import lab.minimax.experiment.Limits;
import lab.minimax.experiment.PointSet;
import lab.minimax.experiment.TargetCatalog;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.live.frame.ViewBox;
import lab.minimax.ui.chart.PlaneChart;

/** CSV files of points: what is read, and the message naming the line of a bad file. */
class PointsCsvTest {
    private static PointSet parse(String text) throws PointsCsv.CsvException {
        return PointsCsv.parse(text.getBytes(StandardCharsets.UTF_8), Limits.DEFAULTS);
    }

    private static String error(String text) {
        return assertThrows(PointsCsv.CsvException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsPairsWithAnOptionalHeaderBlankLinesAndAnySeparator() throws Exception {
        PointSet p = parse("\uFEFFx,y\r\n1,2\n\n-0.5 ; 3e-1\n4\t-10\n");
        assertArrayEquals(new double[] {1, 2, -0.5, 0.3, 4, -10}, p.xy());
        assertEquals(2, parse("1,2\n3,4").size(), "no header, no final newline");
    }

    @Test
    void aBadLineIsNamedWithItsProblem() {
        String cols = error("x,y\n1,2\n3,4,5\n");
        assertTrue(cols.startsWith("line 3:") && cols.contains("2 columns"), cols);
        String nan = error("1,2\n3,abc\n");
        assertTrue(nan.startsWith("line 2:") && nan.contains("y is not a number"), nan);
        String range = error("1,2\n11,0\n");
        assertTrue(range.startsWith("line 2:") && range.contains("x must be a number in [-10.0, 10.0]"), range);
        String inf = error("1,2\nInfinity,0\n");
        assertTrue(inf.startsWith("line 2:"), inf);
        String header = error("x,y\na,b\n1,2\n");
        assertTrue(header.startsWith("line 2:"), "only the first line may be a header: " + header);
    }

    @Test
    void tooFewTooManyOrTooLargeAreRefused() {
        assertTrue(error("x,y\n1,2\n").contains("at least 2"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Limits.DEFAULTS.maxPoints(); i++) {
            many.append(i % 10).append(',').append(i % 7).append('\n');
        }
        String tooMany = error(many.toString());
        assertTrue(tooMany.startsWith("line " + (Limits.DEFAULTS.maxPoints() + 1) + ":")
                && tooMany.contains("at most " + TargetCatalog.MAX_POINTS), tooMany);
        byte[] big = new byte[PointsCsv.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        String large = assertThrows(PointsCsv.CsvException.class, () -> PointsCsv.parse(big, Limits.DEFAULTS)).getMessage();
        assertTrue(large.contains("256 KB"), large);
        String binary = assertThrows(PointsCsv.CsvException.class,
                () -> PointsCsv.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}, Limits.DEFAULTS)).getMessage();
        assertTrue(binary.contains("UTF-8"), binary);
    }

    @Test
    void drawnPointsFromTheBrowserAreRoundedClampedAndBounded() {
        assertArrayEquals(new double[] {0.12, -3.46, 10, -10}, PlaneChart.parseDrawn("0.1234,-3.456;12,-99", 10));
        assertArrayEquals(new double[] {1, 2}, PlaneChart.parseDrawn("1,2;x,3;4;NaN,1", 10), "bad pairs skipped");
        assertEquals(4, PlaneChart.parseDrawn("1,1;2,2;3,3", 2).length, "at most max points");
        assertEquals(0, PlaneChart.parseDrawn("", 10).length);
    }

    @Test
    void thePaddedViewBoxShowsRing8sModesWithRoomToSpare() {
        // ring8 (radius 2, sd 0.02): the target's box is the centres ± 5 sd = [−2.1, 2.1]²
        ViewBox target = ViewBox.square(2.1);
        ViewBox view = target.padded(PlaneChart.VIEW_MARGIN);
        double room = view.xMax() - 2;
        // a mode's 3-sd disc and a 0.3-wide band of generated samples beyond it fit inside
        assertTrue(room >= 3 * 0.02 + 0.3, "room beyond the modes: " + room);
        assertEquals(4.2 * (1 + 2 * PlaneChart.VIEW_MARGIN), view.xMax() - view.xMin(), 1e-12);
        assertEquals(0, view.xMin() + view.xMax(), 1e-12, "still centred");
    }
}
