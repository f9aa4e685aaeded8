package io.avstack.sim.fault;

/** A fault spec that does not parse; the message quotes the spec and names the bad part. */
public final class FaultSpecException extends IllegalArgumentException {

    private final String spec;

    FaultSpecException(String spec, String problem) {
        super("fault spec '" + spec + "': " + problem);
        this.spec = spec;
    }

    /** The spec text as given. */
    public String spec() {
        return spec;
    }
}
