package io.avstack.planning.behaviour;

/**
 * What made the ego stop: a lead (by track id) or a stop point (by kind and stop line id or track
 * id). Two causes are the same when every field matches.
 *
 * @param binding  LEAD or STOP
 * @param stopKind the stop point's kind, null for a lead
 * @param trackId  the lead's or yielded-to road user's track id, -1 for none
 * @param lineId   the stop line id, null for none
 */
public record StopCause(Binding binding, StopKind stopKind, long trackId, String lineId) {
}
