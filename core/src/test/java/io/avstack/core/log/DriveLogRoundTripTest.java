package io.avstack.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.codec.CodecException;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.MessageArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

class DriveLogRoundTripTest {

    private final Path dir = LogTestSupport.tempDir();

    @AfterProperty
    void cleanUp() {
        LogTestSupport.deleteTree(dir);
    }

    @Provide
    Arbitrary<List<LogTestSupport.Input>> logs() {
        Arbitrary<String> topics = Arbitraries.of("avstack/ego/a", "avstack/ego/b/c", "avstack/lead/x");
        Arbitrary<LogTestSupport.Input> one = Combinators.combine(topics,
                        Arbitraries.longs().between(0, 50_000_000L), MessageArbitraries.anyMessage())
                .as(LogTestSupport.Input::new);
        // Log times must be non-decreasing: use the generated values as increments.
        return one.list().ofMaxSize(40).map(list -> {
            List<LogTestSupport.Input> out = new ArrayList<>();
            long t = -1_000_000_000L;
            for (LogTestSupport.Input in : list) {
                t += in.logTimeNs();
                out.add(new LogTestSupport.Input(in.topic(), t, in.message()));
            }
            return out;
        });
    }

    @Property(tries = 100)
    void everyRecordReadsBackWithTheSameEnvelopeBytes(@ForAll("logs") List<LogTestSupport.Input> inputs)
            throws IOException, CodecException {
        Path path = dir.resolve("log-" + System.identityHashCode(inputs) + ".avlog");
        LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS.withIndexEvery(3, 10_000_000L));

        List<LoggedRecord> read;
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            read = LogTestSupport.readAll(reader);
            assertThat(reader.tail().kind()).isEqualTo(DriveLogTail.Kind.CLEAN);
            assertThat(reader.footer()).get().extracting(f -> f.getRecordCount()).isEqualTo((long) inputs.size());
        }
        assertThat(read).hasSameSizeAs(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            LogTestSupport.Input in = inputs.get(i);
            LoggedRecord r = read.get(i);
            byte[] expected = ProtoCodec.INSTANCE.encode(in.message());
            assertThat(r.topic()).isEqualTo(in.topic());
            assertThat(r.logTimeNs()).isEqualTo(in.logTimeNs());
            assertThat(r.envelope()).isEqualTo(expected);
            Message decoded = r.decode();
            assertThat(ProtoCodec.INSTANCE.encode(decoded)).isEqualTo(expected);
        }
        Files.delete(path);
    }

    @Property(tries = 30)
    void sameInputGivesByteIdenticalFiles(@ForAll("logs") List<LogTestSupport.Input> inputs) throws IOException {
        Path a = dir.resolve("a.avlog");
        Path b = dir.resolve("b.avlog");
        LogTestSupport.write(a, inputs, DriveLogOptions.DEFAULTS);
        LogTestSupport.write(b, inputs, DriveLogOptions.DEFAULTS);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        Files.delete(a);
        Files.delete(b);
    }

    @Property(tries = 30)
    void bufferSizeAndFlushPolicyDoNotChangeTheBytes(@ForAll("logs") List<LogTestSupport.Input> inputs)
            throws IOException {
        Path buffered = dir.resolve("buffered.avlog");
        Path tiny = dir.resolve("tiny.avlog"); // most frames bypass a 64-byte buffer; flush after every record
        LogTestSupport.write(buffered, inputs, DriveLogOptions.DEFAULTS);
        LogTestSupport.write(tiny, inputs, new DriveLogOptions(64, 0, 1000, 1_000_000_000L));
        assertThat(Files.mismatch(buffered, tiny)).isEqualTo(-1L);
        Files.delete(buffered);
        Files.delete(tiny);
    }

    @Property(tries = 1)
    void metadataRoundTripsAndPropertiesAreStoredSorted() throws IOException {
        Path path = dir.resolve("meta.avlog");
        DriveLogMetadata meta = new DriveLogMetadata("cut-in", 42L, 123_456L, Map.of("z", "last", "a", "first"));
        DriveLogWriter.create(path, meta).close();
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            assertThat(reader.metadata()).isEqualTo(meta);
            assertThat(reader.metadata().properties().keySet()).containsExactly("a", "z");
            assertThat(reader.next()).isNull();
            assertThat(reader.tail().kind()).isEqualTo(DriveLogTail.Kind.CLEAN);
        }
    }
}
