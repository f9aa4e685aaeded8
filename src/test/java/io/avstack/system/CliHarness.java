package io.avstack.system;

import io.avstack.vehicle.cli.AvstackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code avstack} commands in-process and keeps what they printed, for system tests. */
public final class CliHarness {

    /** The repository root as seen from the vehicle module, where system tests run. */
    public static final Path REPO = Path.of("..");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code avstack args...}; returns the exit code. Output accumulates across runs. */
    public int run(String... args) {
        CommandLine cli = AvstackCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Forgets what earlier runs printed, then runs {@code avstack args...}; returns the exit code. */
    public int runFresh(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return run(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    /** Both streams, for assertion messages. */
    public String both() {
        return out + "\n" + err;
    }
}
