package org.cnd.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text, one line per element, in a fixed order: the module's unqualified exports and
 * transitive requirements, then every public or protected type of an exported package with its supertypes and its
 * public and protected constructors, methods and fields (inherited ones included, except those of {@code java.*}
 * types), with generic signatures. Each library module's {@code ApiTest} compares it with the committed file
 * {@code api/<module>.api}; with {@code -Dcnd.api.update=true} it writes the file instead (CONTRIBUTING.md).
 */
public final class ApiListing {
  /** The system property that makes {@link #check} write the listing rather than compare it. */
  public static final String UPDATE = "cnd.api.update";

  private ApiListing() {}

  /**
   * Compares the module's listing with {@code file}, or writes it there when {@link #UPDATE} is {@code true}. The
   * failure lists the lines added to and removed from the API.
   */
  public static void check(Module module, Path file) {
    String actual = of(module);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("the recorded API of %s", module.getName()).exists();
      String recorded = Files.readString(file, StandardCharsets.UTF_8);
      if (!recorded.equals(actual)) {
        throw new AssertionError(difference(module, file, recorded, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The command that records the API of every library module, as README and CONTRIBUTING.md give it. */
  public static final String UPDATE_COMMAND =
      "./mvnw -B test -Dtest=ApiTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true";

  private static String difference(Module module, Path file, String recorded, String actual) {
    Set<String> before = new LinkedHashSet<>(qualified(recorded));
    Set<String> after = new LinkedHashSet<>(qualified(actual));
    StringBuilder text = new StringBuilder("The public API of " + module.getName() + " differs from " + file
        + ". If the change is meant, record it with " + UPDATE_COMMAND + " and say so in CHANGELOG.md.\n");
    after.stream().filter(line -> !before.contains(line)).forEach(line -> text.append("+ ").append(line).append('\n'));
    before.stream().filter(line -> !after.contains(line)).forEach(line -> text.append("- ").append(line).append('\n'));
    return text.toString();
  }

  /** The lines of a listing, each member line preceded by its type's name so that a difference names it. */
  private static List<String> qualified(String listing) {
    List<String> lines = new ArrayList<>();
    String owner = "";
    for (String line : listing.lines().toList()) {
      if (line.startsWith("  ")) {
        lines.add(owner + ":" + line.substring(1));
      } else {
        List<String> words = List.of(line.split(" "));
        int kind = words.stream().filter(KINDS::contains).findFirst().map(words::indexOf).orElse(-1);
        owner = kind >= 0 && kind + 1 < words.size() ? words.get(kind + 1).split("<")[0] : line;
        lines.add(line);
      }
    }
    return lines;
  }

  private static final Set<String> KINDS = Set.of("class", "interface", "enum", "record", "@interface", "module");

  /** The listing of a named module, lines ending in {@code \n}. */
  public static String of(Module module) {
    ModuleDescriptor descriptor = module.getDescriptor();
    if (descriptor == null) {
      throw new IllegalArgumentException("Not a named module: " + module);
    }
    List<String> lines = new ArrayList<>();
    lines.add("module " + descriptor.name());
    Set<String> exported = new TreeSet<>();
    descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
    exported.forEach(p -> lines.add("  exports " + p));
    descriptor.requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(r -> "  requires transitive " + r.name())
        .sorted()
        .forEach(lines::add);
    TreeMap<String, Class<?>> types = new TreeMap<>();
    for (String name : classNames(module)) {
      String pkg = name.substring(0, name.lastIndexOf('.'));
      if (exported.contains(pkg)) {
        Class<?> type = load(module, name);
        if (isApi(type)) {
          types.put(type.getName(), type);
        }
      }
    }
    types.values().forEach(type -> lines.addAll(type(type)));
    return lines.stream().map(l -> l + "\n").collect(Collectors.joining());
  }

  private static List<String> classNames(Module module) {
    ResolvedModule resolved = module.getLayer().configuration().findModule(module.getName()).orElseThrow();
    try (ModuleReader reader = resolved.reference().open(); Stream<String> names = reader.list()) {
      return names.filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class")
              && !n.endsWith("package-info.class") && !n.startsWith("META-INF/"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(Module module, String name) {
    try {
      return Class.forName(name, false, module.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A type a caller outside the package can name: public or protected, and so is every type around it. */
  private static boolean isApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic() || !visible(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<String> type(Class<?> type) {
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder(modifiers(type.getModifiers() & ~Modifier.INTERFACE
        & (type.isInterface() ? ~Modifier.ABSTRACT : ~0)));
    if (type.isSealed()) {
      header.append("sealed ");
    }
    header.append(kind(type)).append(' ').append(type.getName()).append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      header.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      header.append(type.isInterface() ? " extends " : " implements ").append(names(interfaces));
    }
    if (type.isSealed()) {
      header.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted()
          .collect(Collectors.joining(", ")));
    }
    lines.add(header.toString());
    Set<String> members = new TreeSet<>();
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        members.add(modifiers(c.getModifiers() & Modifier.constructorModifiers()) + typeParameters(c.getTypeParameters())
            + (c.getTypeParameters().length > 0 ? " " : "") + "<init>" + parameters(c) + exceptions(c));
      }
    }
    for (Method m : methods(type)) {
      int mods = m.getModifiers() & Modifier.methodModifiers();
      if (type.isInterface()) {
        mods &= ~Modifier.ABSTRACT;
      }
      String typeParameters = typeParameters(m.getTypeParameters());
      members.add(modifiers(mods) + (m.isDefault() ? "default " : "") + typeParameters
          + (typeParameters.isEmpty() ? "" : " ") + m.getGenericReturnType().getTypeName() + ' ' + m.getName()
          + parameters(m) + exceptions(m));
    }
    for (Field f : fields(type)) {
      members.add(modifiers(f.getModifiers() & Modifier.fieldModifiers()) + f.getGenericType().getTypeName() + ' '
          + f.getName());
    }
    members.forEach(m -> lines.add("  " + m));
    return lines;
  }

  /**
   * The public methods a caller sees on the type (its own and those it inherits, but not those of {@code java.*}
   * types), and its own protected ones; bridges the compiler adds beside a method of the same name are left out.
   */
  private static List<Method> methods(Class<?> type) {
    List<Method> all = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (!m.getDeclaringClass().getName().startsWith("java.")) {
        all.add(m);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isProtected(m.getModifiers()) && !m.isSynthetic()) {
        all.add(m);
      }
    }
    return all.stream()
        .filter(m -> !m.isBridge() || all.stream().noneMatch(o -> !o.isBridge() && o.getName().equals(m.getName())
            && o.getParameterCount() == m.getParameterCount()))
        .toList();
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> all = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (!f.getDeclaringClass().getName().startsWith("java.") && !f.isSynthetic()) {
        all.add(f);
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isProtected(f.getModifiers()) && !f.isSynthetic()) {
        all.add(f);
      }
    }
    return all;
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    }
    if (type.isInterface()) {
      return "interface";
    }
    if (type.isEnum()) {
      return "enum";
    }
    return type.isRecord() ? "record" : "class";
  }

  private static String modifiers(int modifiers) {
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables)
        .map(v -> {
          Type[] bounds = v.getBounds();
          boolean plain = bounds.length == 1 && bounds[0] == Object.class;
          return v.getName() + (plain ? "" : " extends " + Arrays.stream(bounds).map(Type::getTypeName)
              .collect(Collectors.joining(" & ")));
        })
        .collect(Collectors.joining(", ", "<", ">"));
  }

  private static String parameters(Executable e) {
    String text = names(e.getGenericParameterTypes());
    if (e.isVarArgs() && text.endsWith("[]")) {
      text = text.substring(0, text.length() - 2) + "...";
    }
    return "(" + text + ")";
  }

  private static String exceptions(Executable e) {
    Type[] thrown = e.getGenericExceptionTypes();
    return thrown.length == 0 ? "" : " throws " + names(thrown);
  }

  private static String names(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
  }
}
