package io.avstack.vehicle;

import io.avstack.vehicle.cli.AvstackCommand;
import picocli.CommandLine;

/** Entry point of the {@code avstack} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(AvstackCommand.commandLine().execute(args));
    }
}
