/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An input stream that keeps the first bytes read through it, so that a file MS932 cannot decode can be told apart
 * from one written in UTF-8 — the usual mistake, which the message then names. Nothing of it is ever shown.
 */
final class HeadInputStream extends FilterInputStream {

    private static final int HEAD = 64 * 1024;

    private final byte[] head = new byte[HEAD];
    private int kept;

    HeadInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && kept < HEAD) {
            head[kept++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0 && kept < HEAD) {
            int copied = Math.min(n, HEAD - kept);
            System.arraycopy(b, off, head, kept, copied);
            kept += copied;
        }
        return n;
    }

    /**
     * Whether the bytes read so far begin as UTF-8 text does: a UTF-8 byte-order mark, or characters beyond ASCII
     * that are all well-formed UTF-8 (a sequence cut off by the end of what was kept counts as well-formed).
     */
    boolean beginsAsUtf8() {
        if (kept >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return true;
        }
        boolean beyondAscii = false;
        for (int i = 0; i < kept && !beyondAscii; i++) {
            beyondAscii = head[i] < 0;
        }
        if (!beyondAscii) {
            return false;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, kept), CharBuffer.allocate(kept), false);
        return !result.isError();
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
