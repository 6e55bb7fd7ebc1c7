package org.cnd.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the tool through the entry point {@code main} uses, in this JVM or in a child JVM. */
final class Tool {
  private Tool() {}

  record Run(int exit, String out, String err) {}

  /** In this JVM, with empty standard input. */
  static Run run(String... args) {
    return withInput(new byte[0], args);
  }

  /** In this JVM, with the given standard input. */
  static Run withInput(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), args);
  }

  /** In this JVM, with the given standard input. */
  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = CndCommand.run(args, stdin, out, err);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** In this JVM, standard output going to the given stream; returns the exit code and standard error. */
  static Run toStream(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = CndCommand.run(args, InputStream.nullInputStream(), stdout, err);
    return new Run(exit, "", err.toString(StandardCharsets.UTF_8));
  }

  /**
   * In a child JVM started like {@code java -jar cnd.jar} (main class, the build's module path), with extra JVM
   * options and environment (null values remove a variable).
   */
  static Run child(List<String> jvmOptions, Map<String, String> env, Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.addAll(jvmOptions);
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null) {
      command.addAll(List.of("--module-path", modulePath, "-m", "org.cnd.cli/org.cnd.cli.CndCommand"));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.cnd.cli.CndCommand"));
    }
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    env.forEach((k, v) -> {
      if (v == null) {
        builder.environment().remove(k);
      } else {
        builder.environment().put(k, v);
      }
    });
    try {
      Path outFile = dir.resolve(".child-out");
      Path errFile = dir.resolve(".child-err");
      Process p = builder.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the child JVM did not end in 120 s: " + command);
      }
      Run run = new Run(p.exitValue(), java.nio.file.Files.readString(outFile, StandardCharsets.UTF_8),
          java.nio.file.Files.readString(errFile, StandardCharsets.UTF_8));
      java.nio.file.Files.delete(outFile);
      java.nio.file.Files.delete(errFile);
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
