package io.avstack.drivers.can;

/**
 * Converts JavaCAN's view of a received {@code struct can_frame} into a {@link CanFrame}. Only
 * classic data frames are converted: CAN FD, remote (RTR) and error frames give {@code null} (the
 * source counts them as unsupported). The identifier loses its flag bits; whether it is a 29-bit one
 * becomes {@link CanFrame#extended()}.
 */
public final class SocketCanFrames {

    private SocketCanFrames() {
    }

    /**
     * @param frame       as read from a raw CAN socket
     * @param timestampNs receive time from the injected clock
     * @return the frame, or {@code null} if it is not a classic data frame
     */
    public static CanFrame toCanFrame(tel.schich.javacan.CanFrame frame, long timestampNs) {
        if (frame.isFDFrame() || frame.isRemoteTransmissionRequest() || frame.isError()
                || frame.getDataLength() > CanFrame.MAX_DATA_BYTES) {
            return null;
        }
        byte[] data = new byte[frame.getDataLength()];
        frame.getData(data, 0, data.length);
        return new CanFrame(timestampNs, frame.getId(), frame.isExtended(), data);
    }

    /** The JavaCAN frame for {@code frame}, for writing it to a socket (tests, replay onto a bus). */
    public static tel.schich.javacan.CanFrame toJavaCan(CanFrame frame) {
        return frame.extended()
                ? tel.schich.javacan.CanFrame.createExtended(frame.id(), tel.schich.javacan.CanFrame.FD_NO_FLAGS, frame.data())
                : tel.schich.javacan.CanFrame.create(frame.id(), tel.schich.javacan.CanFrame.FD_NO_FLAGS, frame.data());
    }
}
