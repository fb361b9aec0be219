package org.localityworking.benchmarks;

import java.io.OutputStream;

/**
 * Where a benchmark renders a report: the bytes a file would get, counted and not kept, so that what is measured is
 * the library's work and not a growing in-memory copy that the hand-written baselines, which only encode their text,
 * do not have.
 */
final class ByteCount extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        count += len;
    }

    /** {@return the bytes written} */
    int size() {
        return Math.toIntExact(count);
    }
}
