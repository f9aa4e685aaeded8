package io.avstack.vehicle.fusion;

/** A detector the evaluation needs has no weights (or is not in this build); the message says which and where. */
public final class MissingDetectorException extends IllegalArgumentException {
    public MissingDetectorException(String message) {
        super(message);
    }
}
