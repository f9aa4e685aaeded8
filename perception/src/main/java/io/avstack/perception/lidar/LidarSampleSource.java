package io.avstack.perception.lidar;

/**
 * Training scans by index. A simulator source may build each on demand from a seed instead of
 * holding thousands of point clouds in memory; it must return the same sample for the same index.
 */
public interface LidarSampleSource {

    int size();

    LidarSample sample(int index);
}
