package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TorchThreadsTest {

    @Test
    void intraOpThreadCountIsSetAtRunTime() {
        // One thread also keeps the other DJL tests steady on the shared 2-core machine.
        TorchThreads.setIntraOp(1);
        assertThat(TorchThreads.intraOp()).isEqualTo(1);
        assertThatThrownBy(() -> TorchThreads.setIntraOp(0)).hasMessageContaining("was 0");
    }

    @Test
    void pinningMakesEveryCallingThreadSingleThreaded() throws Exception {
        int[] seen = new int[2];
        Thread t = new Thread(() -> {
            TorchThreads.setIntraOp(2); // a thread that ran multi-threaded before
            TorchThreads.pinCallingThread();
            seen[0] = TorchThreads.intraOp();
            TorchThreads.pinCallingThread(); // idempotent
            seen[1] = TorchThreads.intraOp();
        });
        t.start();
        t.join(60_000);
        assertThat(seen).containsExactly(1, 1);
    }
}
