package dev.arenastruct.samples;

import dev.arenastruct.Code;

/** The event of an ITCH System Event message, stored as its one-byte code. */
public enum ItchEventCode {
    /** {@code 'O'}: the first message of the day. */
    @Code('O')
    START_OF_MESSAGES,
    /** {@code 'S'}: the system opens. */
    @Code('S')
    START_OF_SYSTEM_HOURS,
    /** {@code 'Q'}: the market opens (09:30). */
    @Code('Q')
    START_OF_MARKET_HOURS,
    /** {@code 'M'}: the market closes (16:00). */
    @Code('M')
    END_OF_MARKET_HOURS,
    /** {@code 'E'}: the system closes. */
    @Code('E')
    END_OF_SYSTEM_HOURS,
    /** {@code 'C'}: the last message of the day. */
    @Code('C')
    END_OF_MESSAGES;

    /** The code on the wire, the same as {@link Code} declares: what {@link ItchHandler} passes on. */
    public byte code() {
        return switch (this) {
            case START_OF_MESSAGES -> 'O';
            case START_OF_SYSTEM_HOURS -> 'S';
            case START_OF_MARKET_HOURS -> 'Q';
            case END_OF_MARKET_HOURS -> 'M';
            case END_OF_SYSTEM_HOURS -> 'E';
            case END_OF_MESSAGES -> 'C';
        };
    }
}
