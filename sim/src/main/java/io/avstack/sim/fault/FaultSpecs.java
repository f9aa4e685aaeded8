package io.avstack.sim.fault;

import java.util.ArrayList;
import java.util.List;

/** Fault lists from a scenario's strings and from command-line arguments. */
public final class FaultSpecs {

    /** The command-line option: {@code --fault SPEC} or {@code --fault=SPEC}, repeatable. */
    public static final String OPTION = "--fault";

    private FaultSpecs() {
    }

    /** Parses every spec in order; the first bad one throws {@link FaultSpecException}. */
    public static List<FaultSpec> parseAll(List<String> specs) {
        List<FaultSpec> out = new ArrayList<>(specs.size());
        for (String s : specs) {
            out.add(FaultSpec.parse(s));
        }
        return List.copyOf(out);
    }

    /**
     * The specs of every {@code --fault} option in {@code args}, in order; other arguments are
     * ignored (they belong to the caller). A trailing {@code --fault} without a value throws.
     */
    public static List<FaultSpec> fromArgs(String[] args) {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(OPTION + " needs a spec, e.g. " + OPTION
                            + " dropout:camera_front@2.0-4.5");
                }
                specs.add(args[++i]);
            } else if (args[i].startsWith(OPTION + "=")) {
                specs.add(args[i].substring(OPTION.length() + 1));
            }
        }
        return parseAll(specs);
    }
}
