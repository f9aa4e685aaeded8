package io.avstack.sim.vehicle;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by the current thread, through HotSpot's per-thread counter. Used to check that
 * stepping allocates nothing: a per-step allocation shows up as at least 16 bytes per step, far
 * above the slack the tests allow for one-off linkage.
 */
public final class AllocationMeter {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationMeter() {
    }

    /** Bytes allocated so far by the calling thread. */
    public static long allocatedBytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
