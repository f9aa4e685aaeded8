package io.avstack.drivers.lidar;

/**
 * Turns the lidar's "microseconds past the top of the hour" into absolute ns, using a reference time
 * (host clock or pcap record time) that is within half an hour of the true time: of the candidate
 * hours around the reference, the one giving the time closest to it wins, so the hour rollover is
 * handled.
 */
public final class HourTimestamps {

    private static final long NS_PER_HOUR = Vlp16.US_PER_HOUR * 1_000L;

    private HourTimestamps() {
    }

    /**
     * @param usPastHour  0 <= value < 3.6e9
     * @param referenceNs a time near the measurement, ns since the epoch
     * @return the measurement time, ns since the epoch
     */
    public static long resolveNs(long usPastHour, long referenceNs) {
        long hourStart = Math.floorDiv(referenceNs, NS_PER_HOUR) * NS_PER_HOUR;
        long best = hourStart + usPastHour * 1_000L;
        for (long candidate : new long[] {best - NS_PER_HOUR, best + NS_PER_HOUR}) {
            if (Math.abs(candidate - referenceNs) < Math.abs(best - referenceNs)) {
                best = candidate;
            }
        }
        return best;
    }
}
