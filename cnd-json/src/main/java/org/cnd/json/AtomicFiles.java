package org.cnd.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a file so that it is never lost: the content goes to a temporary file in the target's directory, which is
 * forced to disk and then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}, so that a reader sees
 * the old file or the new one, never a part. When writing fails (a full disk, a failing stream) the old file is
 * left as it was, the temporary file is removed, and the error names the target.
 *
 * <p>When the file system cannot move atomically ({@link AtomicMoveNotSupportedException}), the temporary file is
 * moved with {@link StandardCopyOption#REPLACE_EXISTING} alone: the old file is still intact until the move, but a
 * crash during the move may leave either. A symbolic link as target is followed: the file it names is replaced,
 * the link stays. The new file keeps the old one's POSIX permissions, or gets {@code rw-r--r--}.
 *
 * <p>{@link CndJson#write(org.cnd.core.Portfolio, Path)} writes this way; callers with files of their own (the
 * command line's reports and examples) call {@link #write(Path, Content)}.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> NEW_FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
      PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

  private AtomicFiles() {}

  /** What is written into the file; the stream is closed by {@link #write(Path, Content)}, not by the content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the file's content to the stream. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the file atomically, replacing it if it exists.
   *
   * @throws UncheckedIOException naming the target when the file cannot be written; an {@link UncheckedIOException}
   *     thrown by the content is passed on with the target named the same way
   */
  public static void write(Path target, Content content) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path file = target;
    Path temporary = null;
    try {
      if (Files.isSymbolicLink(file)) {
        file = file.toRealPath();
      }
      Path directory = file.toAbsolutePath().getParent();
      temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
      permissions(file, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      forceDirectory(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(failure(target, e), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(failure(target, e.getCause()), e.getCause());
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The write has failed already, and that is the error to report.
        }
      }
    }
  }

  private static String failure(Path target, IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "Cannot write " + target + ": " + reason + " (the file, if it existed, is unchanged)";
  }

  private static void permissions(Path file, Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          ? Files.getPosixFilePermissions(file) : NEW_FILE);
    }
  }

  // The move is durable only once the directory's entry is on disk; not every platform can open a directory.
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // The file itself is on disk and in place.
    }
  }
}
