/**
 * Scenario files: a documented YAML format (docs/scenario-format.md) for the road, the ego, the
 * other road users, pass criteria and fault injections, with {@code ${...}} parameters and sweeps
 * that expand one file into many runs. {@link io.avstack.sim.scenario.ScenarioLoader} reads a file
 * into {@link io.avstack.sim.scenario.ScenarioRun}s holding validated
 * {@link io.avstack.sim.scenario.ScenarioSpec}s; every problem is a
 * {@link io.avstack.core.config.ConfigException} naming file, key and value (and the line where the
 * text still has it). The catalogue is in the top-level {@code scenarios/} folder.
 */
package io.avstack.sim.scenario;
