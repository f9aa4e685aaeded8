package io.avstack.perception.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RadarClusterParamsTest {

    private static final Path DOC = Path.of("..", "docs", "RADAR-CLUSTERING.md");

    @Test
    void documentedYamlLoadsAndEqualsTheDefaults() throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));

        assertThat(ConfigLoader.loadString(yaml, DOC.toString(), RadarClusterParams.class))
                .isEqualTo(RadarClusterParams.defaults());
    }

    @Test
    void outOfRangeValueNamesItsKey() {
        assertThatThrownBy(() -> new RadarClusterer(with(RadarClusterParams.defaults(), "epsPositionM", 0.0)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("epsPositionM");
    }

    @Test
    void confirmHitsOfOneIsRejected() {
        assertThatThrownBy(() -> new RadarClusterer(with(RadarClusterParams.defaults(), "confirmHits", 1)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("confirmHits");
    }

    @Test
    void confirmHitsBeyondTheWindowIsRejected() {
        assertThatThrownBy(() -> new RadarClusterer(with(RadarClusterParams.defaults(), "confirmHits", 4)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("confirmWindowScans");
    }

    @Test
    void carExtentBoundsMustBeOrdered() {
        assertThatThrownBy(() -> new RadarClusterer(with(RadarClusterParams.defaults(), "carMinExtentM", 7.0)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("carMaxExtentM");
    }

    /** A copy of {@code p} with one component replaced (tests only). */
    static RadarClusterParams with(RadarClusterParams p, String component, Object value) {
        try {
            RecordComponent[] components = RadarClusterParams.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean match = components[i].getName().equals(component);
                found |= match;
                args[i] = match ? value : components[i].getAccessor().invoke(p);
            }
            if (!found) {
                throw new IllegalArgumentException("no component " + component);
            }
            Constructor<RadarClusterParams> ctor = RadarClusterParams.class.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
