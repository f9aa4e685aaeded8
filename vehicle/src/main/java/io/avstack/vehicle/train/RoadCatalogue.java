package io.avstack.vehicle.train;

import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The roads frames are drawn on: the catalogue road files of a folder (sorted by name, so the list
 * and therefore every frame is deterministic) plus generated straight and curved roads.
 */
public final class RoadCatalogue {

    private RoadCatalogue() {
    }

    /** Generated roads only: straight 1..3-lane and left/right curves of several radii. */
    public static List<Road> generated() {
        List<Road> roads = new ArrayList<>();
        roads.add(straight(1, 1, 3.5));
        roads.add(straight(2, 0, 3.5));
        roads.add(straight(3, 2, 3.6));
        roads.add(straight(1, 1, 3.0));
        for (double radius : new double[] {120, 300, 800}) {
            roads.add(curved(1 / radius, 2, 1));
            roads.add(curved(-1 / radius, 1, 1));
        }
        return List.copyOf(roads);
    }

    /** The generated roads plus every {@code *.yaml} road file in {@code folder}. */
    public static List<Road> withFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("road folder not found: " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list road folder " + folder.toAbsolutePath(), e);
        }
        List<Road> roads = new ArrayList<>(generated());
        for (Path f : files) {
            roads.add(RoadFiles.load(f));
        }
        return List.copyOf(roads);
    }

    private static Road straight(int forward, int oncoming, double widthM) {
        return RoadFiles.parse("segments:\n  - straight: 400\n" + lanes(forward, oncoming, widthM),
                "generated straight road");
    }

    private static Road curved(double curvaturePerM, int forward, int oncoming) {
        String yaml = String.format(Locale.ROOT, "segments:\n  - straight: 40\n"
                + "  - arc: {lengthM: 360, curvaturePerM: %.6f}\n", curvaturePerM) + lanes(forward, oncoming, 3.5);
        return RoadFiles.parse(yaml, "generated curved road");
    }

    private static String lanes(int forward, int oncoming, double widthM) {
        String result = "speedLimits:\n  - {fromS: 0, limitMps: 13.9}\nlanes:\n  forward: " + widths(forward, widthM) + "\n";
        return oncoming == 0 ? result : result + "  oncoming: " + widths(oncoming, widthM) + "\n";
    }

    private static String widths(int n, double widthM) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(widthM);
        }
        return sb.append(']').toString();
    }
}
