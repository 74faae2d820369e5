package dev.arenastruct.modulesample;

/** Where a quote comes from; stored in one byte. */
public enum Venue {
    /** Nasdaq. */
    XNAS,
    /** London Stock Exchange. */
    XLON
}
