package io.avstack.fusion.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import org.junit.jupiter.api.Test;

/** The fusion thread's inbox keeps the newest inputs when it is full. */
class FusionThreadsInboxTest {

    @Test
    void aFullInboxDropsItsOldestItemsNotTheNewOne() {
        ArrayBlockingQueue<Integer> inbox = new ArrayBlockingQueue<>(3);
        for (int i = 1; i <= 3; i++) {
            assertThat(FusionThreads.offerDroppingOldest(inbox, i)).isZero();
        }
        assertThat(FusionThreads.offerDroppingOldest(inbox, 4)).isEqualTo(1);
        assertThat(FusionThreads.offerDroppingOldest(inbox, 5)).isEqualTo(1);
        assertThat(inbox).containsExactly(3, 4, 5);
    }
}
