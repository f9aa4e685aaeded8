/**
 * Pictures of a {@link io.avstack.sim.scene.Scene}: the simulated camera
 * ({@link io.avstack.sim.render.CameraRenderer}, a software z-buffer rasterizer with per-actor ground
 * truth), the bird's-eye debug view ({@link io.avstack.sim.render.BevRenderer}) with overlays of
 * what the stack perceives and plans, PNG output and MP4 video ({@link io.avstack.sim.render.VideoWriter}).
 * See docs/RENDERING.md.
 */
package io.avstack.sim.render;
