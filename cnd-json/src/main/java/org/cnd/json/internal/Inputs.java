package org.cnd.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns every input into characters for the parser, so that columns always count characters: bytes are decoded as
 * strict UTF-8 (malformed bytes are an error, never replaced), a leading byte order mark is skipped, and the size
 * limit is enforced as the input is consumed, in bytes for byte input and in characters for text input.
 */
public final class Inputs {
  private Inputs() {}

  /** Characters from UTF-8 bytes, at most {@code maxBytes} of them. */
  public static Reader fromBytes(InputStream in, long maxBytes) {
    Reader decoded = new Utf8Reader(new LimitedInputStream(in, maxBytes));
    return new LimitedReader(decoded, Long.MAX_VALUE, "bytes", maxBytes);
  }

  /** Characters, at most {@code maxChars} of them. */
  public static Reader fromChars(Reader in, long maxChars) {
    return new LimitedReader(in, maxChars, "characters", maxChars);
  }

  /** Thrown inside the parser's input when the document is larger than allowed. */
  public static final class DocumentTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;
    private final String unit;

    DocumentTooLargeException(long limit, String unit) {
      super("Document too large: expected at most " + limit + " " + unit + ", found more");
      this.limit = limit;
      this.unit = unit;
    }

    /** The limit that was passed. */
    public long limit() {
      return limit;
    }

    /** {@code bytes} or {@code characters}. */
    public String unit() {
      return unit;
    }
  }

  /** Thrown inside the parser's input when the bytes are not UTF-8. */
  public static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedUtf8Exception(String message) {
      super(message);
    }
  }

  /**
   * Strict UTF-8 decoding that hands over every good character before reporting a bad byte sequence, so that the
   * parser's position, and so the reported line and column, is where the bad bytes are.
   */
  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean done;
    private IOException pending;

    Utf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      if (length == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (out.position() == offset) {
        if (pending != null) {
          throw pending;
        }
        if (done) {
          return -1;
        }
        CoderResult result = decoder.decode(bytes, out, endOfInput);
        if (result.isError()) {
          pending = malformed(result.length());
        } else if (result.isUnderflow()) {
          if (endOfInput) {
            decoder.flush(out);
            done = true;
          } else {
            fill();
          }
        }
      }
      return out.position() - offset;
    }

    private void fill() throws IOException {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    private MalformedUtf8Exception malformed(int length) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
        hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
      }
      return new MalformedUtf8Exception("Malformed UTF-8: expected a document encoded in UTF-8, found the byte"
          + (length > 1 ? "s " : " ") + hex + ", which " + (length > 1 ? "are" : "is") + " not a UTF-8 sequence");
    }

    @Override
    public void close() {
      // The caller owns the stream: reading never closes it.
    }
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    @Override
    public void close() {
      // The caller owns the stream: reading never closes it.
    }

    private void counted(long n) throws DocumentTooLargeException {
      count += n;
      if (count > max) {
        throw new DocumentTooLargeException(max, "bytes");
      }
    }
  }

  private static final class LimitedReader extends FilterReader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final long max;
    private final String unit;
    private final long reportedLimit;
    private long count;
    private boolean started;

    LimitedReader(Reader in, long max, String unit, long reportedLimit) {
      super(in);
      this.max = max;
      this.unit = unit;
      this.reportedLimit = reportedLimit;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && !started) {
        started = true;
        if (buffer[offset] == BYTE_ORDER_MARK) {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          n--;
          if (n == 0) {
            return read(buffer, offset, length);
          }
        }
      }
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new DocumentTooLargeException(reportedLimit, unit);
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      char[] sink = new char[(int) Math.min(n, 8192)];
      int read = read(sink, 0, sink.length);
      return Math.max(read, 0);
    }

    @Override
    public void close() {
      // The caller owns the reader: reading never closes it.
    }
  }
}
