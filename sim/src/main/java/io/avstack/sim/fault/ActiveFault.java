package io.avstack.sim.fault;

import java.util.SplittableRandom;

/** One fault inside an injector: its spec, its own random stream and its counters. */
final class ActiveFault {

    /** Golden-ratio increment, the usual way to spread consecutive indices over the seed space. */
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    final FaultSpec spec;
    final SplittableRandom rng;
    long messages;
    long items;
    long unsupported;

    /**
     * The stream depends on the run seed and the fault's position in the list only, so adding a fault
     * at the end leaves the earlier faults' draws unchanged.
     */
    ActiveFault(FaultSpec spec, long runSeed, int index) {
        this.spec = spec;
        this.rng = new SplittableRandom(runSeed + SEED_STEP * (index + 1L));
    }

    FaultCount count() {
        return new FaultCount(spec.text(), spec.kind(), messages, items, unsupported);
    }
}
