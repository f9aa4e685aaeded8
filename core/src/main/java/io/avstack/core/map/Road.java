package io.avstack.core.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A road: reference line, lane layout, speed limits, signalised stop lines and crosswalks. The one
 * {@link RoadMap} implementation; built in code or from a road file by {@link RoadFiles}.
 * Immutable and thread-safe.
 */
public final class Road implements RoadMap {

    private final ReferenceLine line;
    private final LaneLayout layout;
    private final SpeedLimits speedLimits;
    private final List<StopLine> stopLines;
    private final List<Crosswalk> crosswalks;

    /**
     * @throws IllegalArgumentException if a stop line or crosswalk lies off the road, a stop line
     *     names a lane the road lacks or of the wrong direction, or two lights share an id
     */
    public Road(ReferenceLine line, LaneLayout layout, SpeedLimits speedLimits, List<StopLine> stopLines,
            List<Crosswalk> crosswalks) {
        this.line = line;
        this.layout = layout;
        this.speedLimits = speedLimits;
        List<StopLine> lines = new ArrayList<>(stopLines);
        lines.sort(Comparator.comparingDouble(StopLine::sM));
        List<Crosswalk> walks = new ArrayList<>(crosswalks);
        walks.sort(Comparator.comparingDouble(Crosswalk::fromS));
        this.stopLines = List.copyOf(lines);
        this.crosswalks = List.copyOf(walks);
        checkStopLines();
        for (Crosswalk c : this.crosswalks) {
            String problem = onRoadProblem(c.fromS(), line.lengthM()) != null
                    ? onRoadProblem(c.fromS(), line.lengthM()) : onRoadProblem(c.toS(), line.lengthM());
            if (problem != null) {
                throw new IllegalArgumentException("crosswalk " + c.id() + " [" + c.fromS() + ", " + c.toS() + "] m: "
                        + problem);
            }
        }
    }

    private void checkStopLines() {
        Set<String> ids = new HashSet<>();
        for (StopLine stop : stopLines) {
            if (!ids.add(stop.id())) {
                throw new IllegalArgumentException("two traffic lights have id " + stop.id());
            }
            String problem = onRoadProblem(stop.sM(), line.lengthM());
            if (problem != null) {
                throw new IllegalArgumentException("stop line " + stop.id() + " at s = " + stop.sM() + ": " + problem);
            }
            if (stop.laneIds().isEmpty()) {
                throw new IllegalArgumentException("stop line " + stop.id() + " crosses no lanes");
            }
            for (int laneId : stop.laneIds()) {
                problem = laneProblem(layout, laneId, stop.direction());
                if (problem != null) {
                    throw new IllegalArgumentException("stop line " + stop.id() + ": lane " + laneId + " is " + problem);
                }
            }
        }
    }

    /** Why {@code sM} is not a position on a road of {@code lengthM}, or null; shared with the road-file checks. */
    static String onRoadProblem(double sM, double lengthM) {
        return sM >= 0 && sM <= lengthM ? null : "off the road: s must be within [0, " + lengthM + "] m";
    }

    /** Why {@code laneId} is not a {@code direction} lane of {@code layout}, or null; shared with the road-file checks. */
    static String laneProblem(LaneLayout layout, int laneId, TravelDirection direction) {
        if (layout.hasLane(laneId) && layout.lane(laneId).direction() == direction) {
            return null;
        }
        return "not a " + direction + " lane of this road (forward lanes are -1..-" + layout.forwardCount()
                + ", oncoming lanes 1.." + layout.oncomingCount() + "; one direction per stop line)";
    }

    public ReferenceLine referenceLine() {
        return line;
    }

    public LaneLayout laneLayout() {
        return layout;
    }

    public SpeedLimits speedLimits() {
        return speedLimits;
    }

    @Override
    public double lengthM() {
        return line.lengthM();
    }

    @Override
    public Pose2 poseAt(double sM, Pose2 dest) {
        return line.poseAt(sM, dest);
    }

    @Override
    public Pose2 pointAt(double sM, double dM, Pose2 dest) {
        return line.pointAt(sM, dM, dest);
    }

    @Override
    public Frenet project(double xM, double yM, Frenet dest) {
        return line.project(xM, yM, dest);
    }

    @Override
    public double curvatureAt(double sM) {
        return line.curvatureAt(sM);
    }

    @Override
    public double maxAbsCurvatureAhead(double sM, double aheadM, TravelDirection direction) {
        return line.maxAbsCurvature(sM, sM + direction.sSign() * aheadM);
    }

    @Override
    public double laneCurvatureAt(int laneId, double sM) {
        Lane lane = layout.lane(laneId);
        double k = line.curvatureAt(sM);
        // an offset of a circle of radius 1/k by d (left) is a circle of radius 1/k - d
        double offsetK = k / (1 - k * lane.centreDM());
        return lane.direction() == TravelDirection.FORWARD ? offsetK : -offsetK;
    }

    @Override
    public List<Lane> lanes() {
        return layout.lanes();
    }

    @Override
    public Lane lane(int laneId) {
        return layout.lane(laneId);
    }

    @Override
    public int laneAt(double xM, double yM, Frenet dest) {
        line.project(xM, yM, dest);
        if (dest.sM < 0 || dest.sM > line.lengthM()) {
            return 0;
        }
        return layout.laneIdAt(dest.dM);
    }

    @Override
    public Pose2 laneCentreAt(int laneId, double sM, Pose2 dest) {
        Lane lane = layout.lane(laneId);
        line.pointAt(sM, lane.centreDM(), dest);
        if (lane.direction() == TravelDirection.ONCOMING) {
            dest.headingRad += Math.PI;
        }
        return dest;
    }

    @Override
    public int sampleLaneCentre(int laneId, double fromS, double stepM, int count, double[] xyHeadingDest) {
        if (!(stepM > 0)) {
            throw new IllegalArgumentException("stepM = " + stepM + ": must be positive");
        }
        Lane lane = layout.lane(laneId);
        double sign = lane.direction().sSign();
        double centre = lane.centreDM();
        double flip = lane.direction() == TravelDirection.ONCOMING ? Math.PI : 0;
        int max = Math.min(count, xyHeadingDest.length / 3);
        int n = 0;
        for (; n < max; n++) {
            double s = fromS + sign * n * stepM;
            if (s < 0 || s > line.lengthM()) {
                break;
            }
            line.pointAt(s, centre, xyHeadingDest, 3 * n);
            xyHeadingDest[3 * n + 2] += flip;
        }
        return n;
    }

    @Override
    public Pose2 laneBoundaryAt(int laneId, LaneSide side, double sM, Pose2 dest) {
        Lane lane = layout.lane(laneId);
        line.pointAt(sM, lane.edgeDM(side), dest);
        if (lane.direction() == TravelDirection.ONCOMING) {
            dest.headingRad += Math.PI;
        }
        return dest;
    }

    @Override
    public double speedLimitAt(double sM) {
        return speedLimits.limitAt(sM);
    }

    @Override
    public double minSpeedLimitAhead(double sM, double aheadM, TravelDirection direction) {
        return speedLimits.minLimitBetween(sM, sM + direction.sSign() * aheadM);
    }

    @Override
    public List<StopLine> stopLines() {
        return stopLines;
    }

    @Override
    public List<Crosswalk> crosswalks() {
        return crosswalks;
    }

    @Override
    public void stopLinesAhead(double sM, double aheadM, TravelDirection direction, List<StopLine> dest) {
        dest.clear();
        int n = stopLines.size();
        for (int k = 0; k < n; k++) {
            // nearest first: ascending s going forward, descending going oncoming
            StopLine stop = stopLines.get(direction == TravelDirection.FORWARD ? k : n - 1 - k);
            double ahead = direction.sSign() * (stop.sM() - sM);
            if (stop.direction() == direction && ahead >= 0 && ahead <= aheadM) {
                dest.add(stop);
            }
        }
    }

    @Override
    public void crosswalksAhead(double sM, double aheadM, TravelDirection direction, List<Crosswalk> dest) {
        dest.clear();
        int n = crosswalks.size();
        double lo = direction == TravelDirection.FORWARD ? sM : sM - aheadM;
        double hi = direction == TravelDirection.FORWARD ? sM + aheadM : sM;
        for (int k = 0; k < n; k++) {
            Crosswalk walk = crosswalks.get(direction == TravelDirection.FORWARD ? k : n - 1 - k);
            if (walk.toS() >= lo && walk.fromS() <= hi) {
                dest.add(walk);
            }
        }
    }

    @Override
    public TrafficLight light(String id) {
        for (int i = 0; i < stopLines.size(); i++) {
            if (stopLines.get(i).id().equals(id)) {
                return stopLines.get(i).light();
            }
        }
        throw new IllegalArgumentException("no traffic light " + id + " on this road");
    }
}
