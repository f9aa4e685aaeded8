/**
 * Non-camera sensor models of the simulator: each turns a {@link io.avstack.sim.scene.Scene} (or,
 * for the ego state, an {@link io.avstack.sim.sensor.EgoTruth}) into the same core message a real
 * driver publishes, stamped with the simulated time and deterministic from a seed.
 *
 * <ul>
 *   <li>{@link io.avstack.sim.sensor.LidarModel}: ray-cast spinning lidar, {@code LidarScan} in
 *       the sensor frame.</li>
 *   <li>{@link io.avstack.sim.sensor.RadarModel}: planar radar with occlusion, ghosts and clutter,
 *       {@code RadarScan} in the sensor frame.</li>
 *   <li>{@link io.avstack.sim.sensor.EgoStateSensor}: noisy {@code EgoState}.</li>
 * </ul>
 *
 * <p>Randomness: one seed per sensor ({@link io.avstack.sim.sensor.SensorRandom#sensorSeed}),
 * re-keyed per message from its stamp, so a message depends only on its inputs and the seed. The
 * models are single-threaded; their rates ({@code periodNs()}) are for the runner to schedule.
 * Models, parameters, defaults and limitations: docs/SENSORS.md.
 */
package io.avstack.sim.sensor;
