package io.avstack.core.bus;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitedLogTest {

    @Test
    void logsAtPowersOfTen() {
        assertThat(RateLimitedLog.isPowerOfTen(1)).isTrue();
        assertThat(RateLimitedLog.isPowerOfTen(10)).isTrue();
        assertThat(RateLimitedLog.isPowerOfTen(1000)).isTrue();
        assertThat(RateLimitedLog.isPowerOfTen(0)).isFalse();
        assertThat(RateLimitedLog.isPowerOfTen(2)).isFalse();
        assertThat(RateLimitedLog.isPowerOfTen(20)).isFalse();
        assertThat(RateLimitedLog.isPowerOfTen(101)).isFalse();
    }

    @Test
    void countsEveryOccurrence() {
        RateLimitedLog log = new RateLimitedLog(NOPLogger.NOP_LOGGER);
        for (int i = 0; i < 25; i++) {
            log.error("x", new RuntimeException());
        }
        assertThat(log.occurrences()).isEqualTo(25);
    }
}
