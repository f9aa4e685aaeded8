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
}
