package io.avstack.drivers.can;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CandumpParserTest {

    private final CandumpParser parser = new CandumpParser();

    @Test
    void parsesStandardAndExtendedFrames() {
        assertThat(parser.parse("(1700000000.123456) can0 60B#0102030405060708")).isEqualTo(CandumpParser.Result.FRAME);
        CanFrame f = parser.frame();
        assertThat(f.timestampNs()).isEqualTo(1_700_000_000_123_456_000L);
        assertThat(f.id()).isEqualTo(0x60B);
        assertThat(f.extended()).isFalse();
        assertThat(f.data()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(parser.parse("(1.5) vcan1 18FEF100#")).isEqualTo(CandumpParser.Result.FRAME);
        assertThat(parser.frame().extended()).isTrue();
        assertThat(parser.frame().timestampNs()).isEqualTo(1_500_000_000L);
        assertThat(parser.frame().data()).isEmpty();
    }

    @Test
    void rejectsBadLinesWithAReason() {
        assertThat(parser.parse("")).isEqualTo(CandumpParser.Result.BLANK);
        assertThat(parser.parse("60B#01")).isEqualTo(CandumpParser.Result.MALFORMED);
        assertThat(parser.parse("(abc) can0 60B#01")).isEqualTo(CandumpParser.Result.MALFORMED);
        assertThat(parser.lastError()).contains("timestamp");
        assertThat(parser.parse("(1.0) can0 60B#0")).isEqualTo(CandumpParser.Result.MALFORMED);
        assertThat(parser.parse("(1.0) can0 60B#010203040506070809")).isEqualTo(CandumpParser.Result.MALFORMED);
        assertThat(parser.parse("(1.0) can0 FFF#01")).isEqualTo(CandumpParser.Result.MALFORMED); // > 0x7FF
        assertThat(parser.parse("(1.0) can0 60B#R")).isEqualTo(CandumpParser.Result.UNSUPPORTED);
        assertThat(parser.parse("(1.0) can0 60B##1AA")).isEqualTo(CandumpParser.Result.UNSUPPORTED);
    }

    @Test
    void randomLinesNeverThrow() {
        Random rng = new Random(1);
        String alphabet = "()0123456789abcdefABCDEF#.R can";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder(i % 2 == 0 ? "(1700000000.000001) can0 " : "");
            for (int n = rng.nextInt(30); n > 0; n--) {
                s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            assertThat(parser.parse(s.toString())).isNotNull();
        }
    }
}
