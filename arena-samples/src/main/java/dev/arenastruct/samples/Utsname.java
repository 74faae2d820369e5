package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Text;

/**
 * glibc's {@code struct utsname} on Linux: six {@code char[65]} arrays, 390 bytes, alignment 1.
 * The 65 is Linux's {@code __NEW_UTS_LEN + 1}; other systems use other lengths, so this struct is
 * for Linux only. {@link NativeCallsSample} hands one to {@code uname}, which writes NUL-terminated
 * text into each field: what a {@code @Text} field reads.
 */
@ArenaStruct
public interface Utsname {
    /** The kernel's name: {@code "Linux"}. */
    @Text(length = 65)
    byte sysname(int index);

    /** The host name in this UTS namespace (what {@code hostname} prints). */
    @Text(length = 65)
    byte nodename(int index);

    /** The kernel release, such as {@code "6.8.0-45-generic"}; the JDK's {@code os.version}. */
    @Text(length = 65)
    byte release(int index);

    /** The kernel build, such as {@code "#1 SMP PREEMPT_DYNAMIC ..."}. */
    @Text(length = 65)
    byte version(int index);

    /** The hardware, such as {@code "x86_64"} or {@code "aarch64"}. */
    @Text(length = 65)
    byte machine(int index);

    /**
     * The NIS domain name, often {@code "(none)"}. glibc calls it {@code domainname} only with
     * {@code _GNU_SOURCE} ({@code __domainname} otherwise); the bytes are the same.
     */
    @Text(length = 65)
    byte domainname(int index);
}
