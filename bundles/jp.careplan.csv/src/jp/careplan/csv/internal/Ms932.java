/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.csv.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;

/**
 * Tables of MS932 (windows-31j) as Java's own charset defines it, for a strict decoder that knows
 * byte offsets and an encoder that can tell which characters it cannot write.
 * <p>
 * MS932 gives some characters two byte forms (NEC-selected IBM extensions 0xED/0xEE vs IBM extensions
 * 0xFA–0xFC, NEC row 13 duplicates of JIS row 2 such as ∵ ≒ ≡ ∫ √ ⊥ ∠ ∩ ∪, ¬): Java decodes both forms
 * to one character but encodes only one. {@link #isCanonical(int)} tells whether a double-byte code is
 * the one Java would write, so that a reader can keep the other form of an unedited item.
 */
public final class Ms932 {

    /** The charset. */
    public static final Charset CHARSET = Charset.forName("windows-31j");

    /** Decoded character of each double-byte code {@code (lead << 8) | trail}; 0 where none is defined. */
    private static final char[] DECODE = new char[0x10000];
    /** Whether the double-byte code is what the encoder writes for its character. */
    private static final boolean[] CANONICAL = new boolean[0x10000];

    static {
        // what a reader needs: every double-byte code decoded, and for each character decoded whether its
        // code is the one Java writes (the encoder asked once per character read, not for all 65,536)
        CharsetDecoder decoder = CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetEncoder encoder = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] pair = new byte[2];
        ByteBuffer in = ByteBuffer.wrap(pair);
        CharBuffer out = CharBuffer.allocate(2);
        char[] one = new char[1];
        CharBuffer character = CharBuffer.wrap(one);
        ByteBuffer written = ByteBuffer.allocate(4);
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            if (!isLeadByte(lead)) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                in.clear();
                out.clear();
                CoderResult result = decoder.reset().decode(in, out, true);
                if (result.isUnderflow() && !decoder.flush(out).isError() && out.position() == 1 && !in.hasRemaining()) {
                    char c = out.get(0);
                    int code = lead << 8 | trail;
                    DECODE[code] = c;
                    one[0] = c;
                    character.clear();
                    written.clear();
                    if (encoder.reset().encode(character, written, true).isUnderflow() && written.position() == 2
                            && !isGaijiLeadByte(written.get(0) & 0xFF)) {
                        CANONICAL[(written.get(0) & 0xFF) << 8 | written.get(1) & 0xFF] = true;
                    }
                }
            }
        }
    }

    /**
     * What a writer needs, built on first use (a reader never needs it): for every character, whether
     * the standard lets it be written and in which bytes.
     */
    private static final class Writing {
        /** What the encoder writes for a character: a byte (below 0x100) or a double-byte code (0x8140 up). */
        static final char[] ENCODE = new char[0x10000];
        /**
         * Whether the standard lets a character be written: MS932 has it, and not as 外字 (user-defined
         * area 0xF040–0xF9FC) or as one of the single bytes outside ASCII and half-width katakana.
         */
        static final boolean[] ENCODABLE = new boolean[0x10000];

        static {
            CharsetEncoder encoder = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            char[] one = new char[1];
            CharBuffer character = CharBuffer.wrap(one);
            ByteBuffer written = ByteBuffer.allocate(4);
            for (int c = 0; c < 0x10000; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                one[0] = (char) c;
                character.clear();
                written.clear();
                if (!encoder.reset().encode(character, written, true).isUnderflow()) {
                    continue; // not writable in MS932
                }
                // only characters that come back as themselves: Java's encoder also maps some characters one way
                // (¥ U+00A5 to 0x5C, which reads back as \; ‾ U+203E to 0x7E, read as ~), which would change the
                // user's text silently — those are refused like any character MS932 lacks
                if (written.position() == 1 && isSingleByteCharacter(written.get(0) & 0xFF)
                        && decodeSingle(written.get(0) & 0xFF) == c) {
                    ENCODE[c] = (char) (written.get(0) & 0xFF);
                    ENCODABLE[c] = true;
                } else if (written.position() == 2 && !isGaijiLeadByte(written.get(0) & 0xFF)
                        && DECODE[(written.get(0) & 0xFF) << 8 | (written.get(1) & 0xFF)] == c) {
                    ENCODE[c] = (char) ((written.get(0) & 0xFF) << 8 | (written.get(1) & 0xFF));
                    ENCODABLE[c] = true;
                }
            }
        }

        private Writing() {
        }
    }

    private Ms932() {
    }

    /** Whether {@code b} (0–255) starts a double-byte character. */
    public static boolean isLeadByte(int b) {
        return b >= 0x81 && b <= 0x9F || b >= 0xE0 && b <= 0xFC;
    }

    /** Whether {@code b} is a lead byte of the user-defined area (外字, 0xF0–0xF9). */
    public static boolean isGaijiLeadByte(int b) {
        return b >= 0xF0 && b <= 0xF9;
    }

    /** Whether a single byte is a character by itself (ASCII or half-width katakana). */
    public static boolean isSingleByteCharacter(int b) {
        return b < 0x80 || b >= 0xA1 && b <= 0xDF;
    }

    /** The character of a single byte (see {@link #isSingleByteCharacter(int)}). */
    public static char decodeSingle(int b) {
        return b < 0x80 ? (char) b : (char) (0xFF61 + b - 0xA1);
    }

    /** The character of a double-byte code, or 0 when MS932 defines none. */
    public static char decodeDouble(int code) {
        return DECODE[code];
    }

    public static boolean isCanonical(int code) {
        return CANONICAL[code];
    }

    /** Whether the character can be written in MS932. */
    public static boolean isEncodable(char c) {
        return Writing.ENCODABLE[c];
    }

    /**
     * What is written for an encodable character (see {@link #isEncodable(char)}): a value below 0x100
     * is one byte, anything else a double-byte code {@code (lead << 8) | trail}.
     */
    public static int encode(char c) {
        return Writing.ENCODE[c];
    }
}
