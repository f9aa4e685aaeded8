package io.avstack.vehicle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code avstack} command; each capability is a subcommand. */
@Command(name = "avstack",
        mixinStandardHelpOptions = true,
        versionProvider = AvstackCommand.Version.class,
        description = "Autonomous-driving perception and planning stack with a bundled deterministic simulator.",
        subcommands = {BusBenchCommand.class, BenchCommand.class, RunCommand.class, ExportCommand.class, SimCommand.class,
            RegressCommand.class, ReplayCommand.class, TrainCommand.class, EvalCommand.class, ExplainCommand.class,
            RssCommand.class, LogCommand.class, CommandLine.HelpCommand.class})
public final class AvstackCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line, shared by {@code Main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new AvstackCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into {@code version.properties} at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties props = new Properties();
            try (InputStream in = AvstackCommand.class.getResourceAsStream("/io/avstack/vehicle/version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "avstack " + props.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
            };
        }
    }
}
