package io.avstack.vehicle.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import io.avstack.core.proto.CameraFrame;
import io.avstack.core.proto.ControlCommand;
import io.avstack.core.proto.Header;
import io.avstack.core.proto.ImageEncoding;
import io.avstack.core.proto.LidarScan;
import org.junit.jupiter.api.Test;

class ProtoJsonTest {

    @Test
    void nestedFieldsByProtoNameDefaultsLeftOutNonFiniteAsText() {
        ControlCommand c = ControlCommand.newBuilder()
                .setHeader(Header.newBuilder().setFrameId("base_link").setSeq(7).setValid(true))
                .setAccelMps2(Double.NaN).build();
        ObjectNode json = new ProtoJson(8).toJson(c);
        assertThat(json.toString()).isEqualTo(
                "{\"header\":{\"frame_id\":\"base_link\",\"seq\":7,\"valid\":true},\"accel_mps2\":\"NaN\"}");
    }

    @Test
    void bytesBecomeTheirSizeAndEnumsTheirName() {
        CameraFrame f = CameraFrame.newBuilder().setWidthPx(2).setHeightPx(1).setEncoding(ImageEncoding.forNumber(1))
                .setData(ByteString.copyFrom(new byte[6])).build();
        ObjectNode json = new ProtoJson(8).toJson(f);
        assertThat(json.get("data").toString()).isEqualTo("{\"bytes\":6}");
        assertThat(json.get("encoding").asText()).isEqualTo(ImageEncoding.forNumber(1).name());
    }

    @Test
    void longRepeatedNumbersAreCutAfterMaxElements() {
        LidarScan.Builder s = LidarScan.newBuilder();
        for (int i = 0; i < 10; i++) {
            s.addRing(i);
        }
        assertThat(new ProtoJson(3).toJson(s.build()).get("ring").toString()).isEqualTo("[0,1,2,{\"more\":7}]");
        assertThat(new ProtoJson(10).toJson(s.build()).get("ring")).hasSize(10);
        assertThatThrownBy(() -> new ProtoJson(-1)).hasMessageContaining("-1");
    }
}
