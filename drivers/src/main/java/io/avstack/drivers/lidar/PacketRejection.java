package io.avstack.drivers.lidar;

/** Why a lidar packet was rejected (dropped and counted, never thrown). */
public enum PacketRejection {
    /** Accepted. */
    NONE,
    /** Payload is not 1206 bytes. */
    WRONG_LENGTH,
    /** A block does not start with 0xFFEE. */
    BAD_BLOCK_FLAG,
    /** A block azimuth is above 359.99 deg. */
    AZIMUTH_OUT_OF_RANGE,
    /** The timestamp is an hour or more. */
    TIMESTAMP_OUT_OF_RANGE,
    /** Factory bytes name another product or return mode. */
    UNSUPPORTED_PRODUCT,
    /** Dual-return packets are not decoded (yet). */
    DUAL_RETURN_UNSUPPORTED
}
