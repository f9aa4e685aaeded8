package io.avstack.system.log;

import io.avstack.core.log.DriveLogMetadata;
import io.avstack.core.log.DriveLogOptions;
import io.avstack.core.log.DriveLogWriter;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.Message;
import java.nio.file.Path;

/**
 * The child process of {@link DriveLogCrashSystemTest} (args: log path, write buffer bytes): appends
 * records to a drive log as fast as
 * it can and prints {@code flushed N} each time the writer has handed N records to the OS. It never
 * closes the log; the test kills it. Record {@code i} is {@link #message(long)} at log time
 * {@code i} ms on {@link #topic(long)}, so the test can check every record it reads.
 */
public final class CrashingWriterMain {

    /** Stops appending (and waits to be killed) after this many records, so a lost parent cannot fill the disk. */
    static final long MAX_RECORDS = 200_000;
    static final String COMMAND = "avstack/ego/control/command";
    static final String CAMERA = "avstack/ego/sensor/camera/front";

    private CrashingWriterMain() {
    }

    static String topic(long i) {
        return i % 5 == 4 ? CAMERA : COMMAND;
    }

    static Message message(long i) {
        Header header = Header.of("base_link", i, i * 1_000_000L);
        if (i % 5 != 4) {
            return new ControlCommand(header, i * 0.5, -i * 0.001);
        }
        byte[] pixels = new byte[32 * 24 * 3];
        for (int j = 0; j < pixels.length; j++) {
            pixels[j] = (byte) (i + j);
        }
        return new CameraFrame(header, 32, 24, ImageEncoding.RGB8, "camera_front", pixels);
    }

    public static void main(String[] args) throws Exception {
        int bufferBytes = Integer.parseInt(args[1]); // small: camera frames bypass the buffer (two writes each)
        DriveLogOptions options = new DriveLogOptions(bufferBytes, 5_000_000L, 1000, 1_000_000_000L); // flush every 5 records
        DriveLogWriter writer = DriveLogWriter.create(Path.of(args[0]), DriveLogMetadata.of("crash", 1), options);
        long reported = 0;
        for (long i = 0; i < MAX_RECORDS; i++) {
            writer.append(topic(i), i * 1_000_000L, message(i));
            if (writer.flushedRecords() != reported) {
                reported = writer.flushedRecords();
                System.out.println("flushed " + reported);
                System.out.flush();
            }
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // never close: the test kills this process
    }
}
