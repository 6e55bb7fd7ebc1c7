package org.cnd.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 (RFC 3629, Unicode's table 3-7), exactly as the Java platform's strict decoder
 * judges them: no overlong forms, no encoded surrogates, nothing above U+10FFFF, no sequence cut short. Bytes that
 * pass are read by Jackson's byte parser; the rest go through {@link Inputs}, whose decoder says what is wrong.
 */
public final class Utf8 {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** True when the bytes start with the UTF-8 byte order mark. */
  public static boolean startsWithByteOrderMark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** True when every byte belongs to a well-formed UTF-8 sequence. */
  public static boolean isWellFormed(byte[] b) {
    int n = b.length;
    int i = 0;
    while (i < n) {
      // Eight ASCII bytes at a time: documents are mostly ASCII.
      if (i + 8 <= n && (((long) LONGS.get(b, i)) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        i++;
      } else if (lead < 0xC2) {
        return false; // a continuation byte without a lead, or the overlong leads C0 and C1
      } else if (lead < 0xE0) {
        if (i + 1 >= n || !continuation(b[i + 1])) {
          return false;
        }
        i += 2;
      } else if (lead < 0xF0) {
        if (i + 2 >= n) {
          return false;
        }
        int second = b[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : 0x80; // overlong below U+0800
        int high = lead == 0xED ? 0x9F : 0xBF; // surrogates U+D800 to U+DFFF
        if (second < low || second > high || !continuation(b[i + 2])) {
          return false;
        }
        i += 3;
      } else if (lead < 0xF5) {
        if (i + 3 >= n) {
          return false;
        }
        int second = b[i + 1] & 0xFF;
        int low = lead == 0xF0 ? 0x90 : 0x80; // overlong below U+10000
        int high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        if (second < low || second > high || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
