package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cnd.core.validation.Coded;
import org.cnd.core.validation.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enumeration of the model has a stable lower_snake_case code (its constant's name in lower case), a label,
 * and a {@code fromCode} that finds it again. The enumerations are found in the compiled classes, so that one added
 * later is held to the same rules without editing this test. The rule catalogue is the exception: its constants
 * have rule identifiers, tested by {@code RuleCatalogueTest}; so are the lifecycle's guards, named by their rules.
 */
class CodedEnumsTest {
  private static final Pattern CODE = Pattern.compile("[a-z]+(_[a-z0-9]+)*");

  static Stream<Class<?>> enums() {
    List<Class<?>> found = CoreClasses.main().stream()
        .filter(JavaClass::isEnum)
        .map(JavaClass::reflect)
        // Constants with bodies compile to classes of their own; Class.isEnum() is false for those.
        .filter(Class::isEnum)
        // Not code lists of the data: the rule catalogue (rule ids, RuleCatalogueTest) and the lifecycle's guards
        // (policies named by the rules they enforce).
        .filter(c -> c != Rule.class && c != org.cnd.core.validation.RuleGroup.class && c != org.cnd.core.lifecycle.Guard.class)
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .collect(Collectors.toList());
    assertThat(found).as("enumerations found in the main classes").hasSizeGreaterThanOrEqualTo(8);
    return found.stream();
  }

  @ParameterizedTest
  @MethodSource("enums")
  void isCoded(Class<?> type) {
    assertThat(Coded.class).isAssignableFrom(type);
    assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
  }

  @ParameterizedTest
  @MethodSource("enums")
  void codesAreLowerSnakeCaseNamesAndUnique(Class<?> type) {
    Set<String> codes = new HashSet<>();
    for (Object constant : type.getEnumConstants()) {
      Coded coded = (Coded) constant;
      assertThat(coded.code()).matches(CODE).isEqualTo(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
      assertThat(codes.add(coded.code())).as("code %s is unique in %s", coded.code(), type.getSimpleName()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("enums")
  void labelsAreGivenAndUnique(Class<?> type) {
    Set<String> labels = new HashSet<>();
    for (Object constant : type.getEnumConstants()) {
      String label = ((Coded) constant).label();
      assertThat(label).isNotBlank().isEqualTo(label.strip());
      assertThat(labels.add(label)).as("label %s is unique in %s", label, type.getSimpleName()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("enums")
  void fromCodeFindsEachConstantAndNothingElse(Class<?> type) throws ReflectiveOperationException {
    Method fromCode = type.getMethod("fromCode", String.class);
    assertThat(Modifier.isStatic(fromCode.getModifiers())).isTrue();
    for (Object constant : type.getEnumConstants()) {
      assertThat(fromCode.invoke(null, ((Coded) constant).code())).isEqualTo(Optional.of(constant));
      assertThat(fromCode.invoke(null, ((Enum<?>) constant).name())).as("the constant's name is not its code")
          .isEqualTo(Optional.empty());
    }
    assertThat(fromCode.invoke(null, "")).isEqualTo(Optional.empty());
    assertThat(fromCode.invoke(null, "no_such_code")).isEqualTo(Optional.empty());
  }
}
