/**
 * Support code that generated flyweights call: lifetime and bounds checks ({@link
 * dev.arenastruct.internal.Flyweights}) and the UTF-8 helpers behind {@code @Text} fields ({@link
 * dev.arenastruct.internal.Texts}). Exported only because generated classes live in user packages;
 * this package is not API: its names and signatures change with the processor, which is released
 * together with it. Code written by hand uses {@code dev.arenastruct}.
 */
package dev.arenastruct.internal;
