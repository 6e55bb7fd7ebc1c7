package org.cnd.json.internal;

import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds where in the text the nodes at some JSON Pointers start, in one pass over a document that has already been
 * read: the portfolio validator reports paths, and users want lines and columns too.
 */
public final class Locator {
  private Locator() {}

  /**
   * The location of the value at each pointer that the document holds.
   *
   * @return pointer to {line, column}; pointers not found are left out
   */
  public static Map<String, int[]> locate(TokenStreamFactory factory, Reader document, Set<String> pointers) {
    Map<String, int[]> found = new HashMap<>();
    if (pointers.isEmpty()) {
      return found;
    }
    Set<String> wanted = new HashSet<>(pointers);
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), document)) {
      for (JsonToken token = p.nextToken(); token != null && !wanted.isEmpty(); token = p.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String path = Errors.path(p);
        if (wanted.remove(path)) {
          TokenStreamLocation at = p.currentTokenLocation();
          found.put(path, new int[] {Errors.line(at), Errors.column(at)});
        }
      }
    } catch (JacksonException e) {
      // The document was read once already; locations found so far are all there is.
    }
    return found;
  }
}
