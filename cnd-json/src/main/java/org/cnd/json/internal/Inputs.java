package org.cnd.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns every input into characters for the parser, so that columns always count characters: bytes are decoded as
 * strict UTF-8 (malformed bytes are an error, never replaced), a leading byte order mark is skipped, and the size
 * limit is enforced as the input is consumed, in bytes for byte input and in characters for text input.
 */
public final class Inputs {
  private Inputs() {}

  /** Characters from UTF-8 bytes, at most {@code maxBytes} of them. */
  public static Reader fromBytes(InputStream in, long maxBytes) {
    InputStream limited = new LimitedInputStream(in, maxBytes);
    Reader decoded = new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
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
