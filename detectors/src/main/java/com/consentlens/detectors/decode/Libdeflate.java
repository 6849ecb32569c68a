package com.consentlens.detectors.decode;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.ref.Cleaner;

/**
 * The system's libdeflate (Debian's {@code libdeflate0}, Homebrew's {@code libdeflate}), when one is
 * installed: it inflates whole gzip, zlib and raw deflate buffers about twice as fast as the JDK's zlib.
 * A fast path only: a call gives the output when the stream decoded completely and exactly into the
 * capacity given, and null otherwise (corrupt data, a second gzip member, too small a buffer), so that the
 * caller decodes the same bytes the JDK way and every edge case behaves as it always did.
 *
 * <p>Looked for on Linux and macOS (64-bit) by the system loader's usual names; never on Windows, where
 * the DLL search order would include the working directory. {@code -Dconsentlens.libdeflate=false}
 * turns it off.
 */
final class Libdeflate {
    private static final Logger LOG = LoggerFactory.getLogger(Libdeflate.class);
    private static final int SUCCESS = 0;
    private static final boolean AVAILABLE = load();
    private static final Cleaner CLEANER = Cleaner.create();
    /** A decompressor is not thread-safe: one per thread, freed when the thread's holder is collected. */
    private static final ThreadLocal<Decompressor> DECOMPRESSOR = ThreadLocal.withInitial(Decompressor::new);

    private Libdeflate() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    private static boolean load() {
        if (!Boolean.parseBoolean(System.getProperty("consentlens.libdeflate", "true"))) {
            return false;
        }
        try {
            if (!(Platform.isLinux() || Platform.isMac())) {
                return false; // checked first: Platform is plain Java, so Windows never loads JNA's native library at all
            }
            // Touching Native loads JNA's own native library (extracted to a temporary directory): that may fail too.
            if (Native.SIZE_T_SIZE != 8) {
                return false;
            }
        } catch (LinkageError e) {
            LOG.debug("JNA unavailable, inflating with the JDK: {}", e.toString());
            return false;
        }
        String[] names = Platform.isMac() ? new String[] {"deflate", "/opt/homebrew/lib/libdeflate.dylib",
                "/usr/local/lib/libdeflate.dylib"} : new String[] {"deflate", "libdeflate.so.0"};
        for (String name : names) {
            try {
                NativeLibrary library = NativeLibrary.getInstance(name);
                Native.register(Libdeflate.class, library);
                LOG.debug("inflating with libdeflate from {}", library.getFile());
                return true;
            } catch (LinkageError | RuntimeException e) {
                LOG.trace("no libdeflate as {}: {}", name, e.toString());
            }
        }
        return false;
    }

    /**
     * One gzip member filling exactly {@code data}, inflated into {@code capacity} bytes at most; null when
     * the data is anything else, fails its CRC or size check, or needs more room.
     */
    static byte[] gunzip(byte[] data, int capacity) {
        return run(Format.GZIP, data, capacity, true);
    }

    /** A zlib stream (or raw deflate when {@code zlib} is false) at the start of {@code data}; null as above. */
    static byte[] inflate(byte[] data, boolean zlib, int capacity) {
        return run(zlib ? Format.ZLIB : Format.RAW, data, capacity, false);
    }

    private enum Format { GZIP, ZLIB, RAW }

    private static byte[] run(Format format, byte[] data, int capacity, boolean wholeInput) {
        if (!AVAILABLE || capacity < 0) {
            return null;
        }
        byte[] out = new byte[capacity];
        long[] read = new long[1];
        long[] written = new long[1];
        Pointer d = DECOMPRESSOR.get().pointer;
        int result = switch (format) {
            case GZIP -> libdeflate_gzip_decompress_ex(d, data, data.length, out, capacity, read, written);
            case ZLIB -> libdeflate_zlib_decompress_ex(d, data, data.length, out, capacity, read, written);
            case RAW -> libdeflate_deflate_decompress_ex(d, data, data.length, out, capacity, read, written);
        };
        if (result != SUCCESS || wholeInput && read[0] != data.length || written[0] > capacity) {
            return null;
        }
        return written[0] == capacity ? out : java.util.Arrays.copyOf(out, (int) written[0]);
    }

    /** A native decompressor owned by one thread. */
    private static final class Decompressor {
        final Pointer pointer = libdeflate_alloc_decompressor();

        Decompressor() {
            if (pointer == null) {
                throw new OutOfMemoryError("libdeflate_alloc_decompressor");
            }
            Pointer p = pointer;
            CLEANER.register(this, () -> libdeflate_free_decompressor(p));
        }
    }

    // libdeflate's API (libdeflate.h, stable since 1.x); size_t is a Java long, 64-bit platforms only.
    private static native Pointer libdeflate_alloc_decompressor();

    private static native void libdeflate_free_decompressor(Pointer decompressor);

    private static native int libdeflate_gzip_decompress_ex(Pointer d, byte[] in, long inBytes, byte[] out,
                                                           long outAvail, long[] actualIn, long[] actualOut);

    private static native int libdeflate_zlib_decompress_ex(Pointer d, byte[] in, long inBytes, byte[] out,
                                                           long outAvail, long[] actualIn, long[] actualOut);

    private static native int libdeflate_deflate_decompress_ex(Pointer d, byte[] in, long inBytes, byte[] out,
                                                              long outAvail, long[] actualIn, long[] actualOut);
}
