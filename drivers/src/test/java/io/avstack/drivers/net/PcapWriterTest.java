package io.avstack.drivers.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapWriterTest {

    @Test
    void framesCarryAValidIpv4HeaderChecksum() {
        byte[] frame = PcapWriter.udpFrame(2368, 2368, new byte[1206], false);
        assertThat(frame).hasSize(14 + 20 + 8 + 1206);
        // summing a header that includes its checksum gives 0xFFFF (RFC 1071), i.e. recomputing gives 0
        assertThat(PcapWriter.ipv4Checksum(frame, 14)).isZero();
        assertThat(frame[14 + 10] | frame[14 + 11]).isNotZero();
        byte[] tagged = PcapWriter.udpFrame(1, 2, new byte[3], true);
        assertThat(PcapWriter.ipv4Checksum(tagged, 18)).isZero();
        UdpPacket p = new UdpPacket();
        assertThat(PcapReaderAccess.parseUdp(tagged, p)).isTrue();
        assertThat(p.dstPort).isEqualTo(2);
        assertThat(p.length).isEqualTo(3);
    }

    @Test
    void aCreatedFileReadsBackWithItsRecordTimes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.pcap");
        long t0 = 1_767_229_198_000_000_000L;
        try (PcapWriter w = PcapWriter.create(file)) {
            w.udp(t0 + 1_327_104, 2368, 2368, new byte[] {1, 2, 3});
            w.udp(t0 + 2_654_208_999L, 2368, 8308, new byte[] {4});
            assertThat(w.records()).isEqualTo(2);
        }
        UdpPacket p = new UdpPacket();
        try (PcapReader r = PcapReader.open(file)) {
            assertThat(r.next(p)).isTrue();
            assertThat(p.timestampNs).isEqualTo(t0 + 1_327_000); // microsecond file: whole us kept
            assertThat(p.dstPort).isEqualTo(2368);
            assertThat(p.data[p.offset + 2]).isEqualTo((byte) 3);
            assertThat(r.next(p)).isTrue();
            assertThat(p.timestampNs).isEqualTo(t0 + 2_654_208_000L);
            assertThat(p.dstPort).isEqualTo(8308);
            assertThat(r.next(p)).isFalse();
        }
        assertThatThrownBy(() -> PcapWriter.create(file)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void outOfRangeInputIsRejected() {
        assertThatThrownBy(() -> PcapWriter.udpFrame(70_000, 1, new byte[0], false)).hasMessageContaining("70000");
        assertThatThrownBy(() -> PcapWriter.udpFrame(1, 1, new byte[PcapWriter.MAX_UDP_PAYLOAD + 1], false))
                .hasMessageContaining("exceeds");
    }
}
