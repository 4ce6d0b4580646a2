package lab.minimax.experiment.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberTextTest {

    @Test
    void compactForms() {
        assertThat(NumberText.format(2.0)).isEqualTo("2");
        assertThat(NumberText.format(0.001)).isEqualTo("0.001");
        assertThat(NumberText.format(1e-4)).isEqualTo("1e-4");
        assertThat(NumberText.format(5e-5)).isEqualTo("5e-5");
        assertThat(NumberText.format(20000)).isEqualTo("20000");
        assertThat(NumberText.format(1e7)).isEqualTo("1e7");
        assertThat(NumberText.format(-0.0)).isEqualTo("-0");
        assertThat(NumberText.format(0.0)).isEqualTo("0");
        assertThat(NumberText.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(NumberText.format(Double.MIN_VALUE)).isEqualTo("4.9e-324");
    }

    @Test
    void strictGrammar() {
        for (String bad : new String[]{"NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", " 1", "1 ", "+1", "", "-", "e5",
                "1e400", "-1e400", "1,5", "١", "1_0"}) {
            assertThat(NumberText.parseDouble(bad)).as(bad).isNull();
        }
        assertThat(NumberText.parseDouble("1e-400")).isEqualTo(0.0);
        assertThat(NumberText.parseDouble(".5")).isEqualTo(0.5);
        assertThat(NumberText.parseDouble("5.")).isEqualTo(5.0);
        assertThat(NumberText.parseLong("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(NumberText.parseLong("9223372036854775808")).isNull();
        assertThat(NumberText.parseLong("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(NumberText.parseLong("1e3")).isEqualTo(1000L);
        assertThat(NumberText.parseLong("1.5")).isNull();
        assertThat(NumberText.parseLong("9.3e18")).isNull();
        assertThat(NumberText.parseLong("1".repeat(101))).isNull();
    }
}
