package org.cnd.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A QuickTheories randomness source that takes every choice from the fuzzer's data, so that the project's
 * generators (which build portfolios through the public builders) become structure-aware fuzzers: the fuzzer mutates
 * the choices, never the bytes of a document. When the data runs out, the next choice throws {@link OutOfChoices}:
 * generators that filter (QuickTheories' {@code assuming}) would otherwise retry forever on the same lowest values.
 */
final class FuzzedRandomness implements DetatchedRandomnessSource {
  // Constraint's bounds are package-private; on the class path a looked-up accessor reaches them.
  private static final MethodHandle MIN = accessor("min");
  private static final MethodHandle MAX = accessor("max");

  private final FuzzedDataProvider data;

  FuzzedRandomness(FuzzedDataProvider data) {
    this.data = data;
  }

  private static MethodHandle accessor(String name) {
    try {
      Method m = Constraint.class.getDeclaredMethod(name);
      m.setAccessible(true);
      return MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(long.class, Constraint.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public long next(Constraint constraint) {
    long min;
    long max;
    try {
      min = (long) MIN.invokeExact(constraint);
      max = (long) MAX.invokeExact(constraint);
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
    if (data.remainingBytes() == 0) {
      throw new OutOfChoices();
    }
    return data.consumeLong(min, max);
  }

  /** The fuzzer's data ran out before the generator was done: the input makes no portfolio, which is no finding. */
  static final class OutOfChoices extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfChoices() {
      super("The fuzzer's data ran out", null, false, false);
    }
  }

  @Override
  public DetatchedRandomnessSource detach() {
    return this;
  }

  @Override
  public void registerFailedAssumption() {
    // Generators of the project make no assumptions; nothing to count.
  }

  @Override
  public void commit() {
    // One stream of choices: nothing to merge back.
  }

  /** The same source, typed for generators. */
  RandomnessSource source() {
    return this;
  }
}
