package io.avstack.perception.nn;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * glibc's allocator settings for the CNNs' tensors, read by the C library when the process starts,
 * so the {@code avstack} launcher and the Maven test configuration set them:
 * {@link #MMAP_THRESHOLD} {@value #MMAP_THRESHOLD_BYTES} and {@link #TRIM_THRESHOLD}
 * {@value #TRIM_THRESHOLD_BYTES}. Why: with glibc's defaults the multi-megabyte activations of
 * every forward pass were handed back to the kernel when freed (heap trimming in the detector
 * threads' arenas, or mmap/munmap) and faulted in again, zeroed, by the next pass. On the 2-core
 * AMD EPYC (session 10) that cost ~4 minor page faults per kilobyte of activations: a camera
 * detection took 30-40 ms instead of 14-17 ms, a third of it in the kernel, and the in-process
 * sensor-to-command p99 was 98 ms instead of 37 ms (docs/BENCHMARKS.md). With the two settings
 * freed tensors stay in the process for the next pass; the peak resident size is unchanged (855
 * MB for a detector benchmark either way). Setting only one of them is worse than neither: either
 * one alone turns off glibc's own adaptation of the other.
 */
public final class NativeAllocator {

    /** Allocations at least this large get their own mapping (glibc's variable). */
    public static final String MMAP_THRESHOLD = "MALLOC_MMAP_THRESHOLD_";
    /** Free memory at the top of a heap beyond this is given back to the kernel (glibc's variable). */
    public static final String TRIM_THRESHOLD = "MALLOC_TRIM_THRESHOLD_";
    /** The launcher's value of {@link #MMAP_THRESHOLD}: glibc's largest, 32 MiB. */
    public static final long MMAP_THRESHOLD_BYTES = 33_554_432L;
    /** The launcher's value of {@link #TRIM_THRESHOLD}: 1 GiB. */
    public static final long TRIM_THRESHOLD_BYTES = 1_073_741_824L;

    private static final Logger LOG = LoggerFactory.getLogger(NativeAllocator.class);
    private static volatile boolean warned;

    private NativeAllocator() {
    }

    /** Whether {@code env} sets both thresholds. */
    public static boolean tuned(Map<String, String> env) {
        return env.get(MMAP_THRESHOLD) != null && env.get(TRIM_THRESHOLD) != null;
    }

    /** Logs once per process that the allocator is not tuned, when this process's environment does not tune it. */
    public static void warnIfUntuned() {
        if (!warned && !tuned(System.getenv())) {
            warned = true;
            LOG.warn("{} and {} not both set: every CNN forward pass page-faults its activations again (2-3x slower "
                    + "on some CPUs); start through the avstack launcher or set {}={} and {}={} "
                    + "(docs/BENCHMARKS.md, 'Native memory')", MMAP_THRESHOLD, TRIM_THRESHOLD, MMAP_THRESHOLD,
                    MMAP_THRESHOLD_BYTES, TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES);
        }
    }
}
