package dev.arenastruct.samples;

/** The request methods the {@link RequestHandler} knows; stored in a struct as a one-byte ordinal. */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    DELETE,
    /** Anything else: answered with 405. */
    OTHER
}
