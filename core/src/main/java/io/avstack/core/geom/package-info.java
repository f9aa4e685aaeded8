/**
 * Frames, calibration and allocation-free transforms on JOML.
 *
 * <h2>Frames</h2>
 * All frames are right-handed, in metres and radians.
 * <ul>
 *   <li><b>vehicle</b> ({@code base_link}): origin at the centre of the rear axle, on the ground;
 *       x forward, y left, z up. Everything the stack reasons about on board is in this frame.</li>
 *   <li><b>sensor</b> (one per sensor id): its pose in the vehicle frame is the sensor's
 *       {@link io.avstack.core.geom.Extrinsics}. Its axes follow the vehicle convention: x along
 *       the sensor's boresight (a camera's optical axis), y left, z up. Lidar points and radar
 *       detections are reported in this frame.</li>
 *   <li><b>camera optical</b>: the computer-vision convention used for pixels, z forward along
 *       the optical axis, x right, y down. It shares the camera sensor frame's origin; the fixed
 *       axis swap is in {@link io.avstack.core.geom.OpticalAxes}.</li>
 *   <li><b>world</b> ({@code map}): the fixed frame of the road map or simulator; z up. The ego
 *       pose (x, y, z, roll, pitch, yaw) is the vehicle frame's pose in it.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A pose (x, y, z, roll, pitch, yaw) is a translation followed by rotations about the
 *       parent's fixed axes x (roll), then y (pitch), then z (yaw): {@code R = Rz(yaw) Ry(pitch)
 *       Rx(roll)}, as ROS {@code RPY}. Positive pitch tilts the x axis down (towards -z); positive
 *       yaw turns it left.</li>
 *   <li>{@code aToB} names the transform that maps coordinates in frame a to frame b; it equals
 *       the pose of frame a in frame b. So {@code sensorToVehicle} is built from the extrinsics
 *       and {@code vehicleToWorld} from the ego pose.</li>
 *   <li>Hot-path methods take a {@code dest} argument and allocate nothing; transforms handed
 *       across module boundaries are read-only views ({@link io.avstack.core.geom.RigidTransformc},
 *       {@link org.joml.Matrix4dc}, {@link org.joml.Vector3dc}).</li>
 * </ul>
 */
package io.avstack.core.geom;
