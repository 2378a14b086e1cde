package dev.jobdesc.render;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The renderers on the class path, found through {@link ServiceLoader}. Explicit construction
 * (each format's {@code builder()}) is the primary API; this is the opt-in discovery on top.
 *
 * @since 0.1
 */
public final class Renderers {
  private Renderers() {}

  /** {@return every renderer provider visible to this class's loader, sorted by format id} */
  public static List<RendererProvider> discover() {
    return discover(Renderers.class.getClassLoader());
  }

  /**
   * {@return every renderer provider visible to {@code loader}, sorted by format id}
   *
   * @param loader the class loader whose class path and module layers are searched
   */
  public static List<RendererProvider> discover(ClassLoader loader) {
    return ServiceLoader.load(RendererProvider.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(RendererProvider::getFormatId))
        .collect(Collectors.toList());
  }

  /**
   * {@return the provider of format {@code formatId}, if one is on the class path}
   *
   * @param formatId a format id, e.g. {@code html}
   */
  public static Optional<RendererProvider> find(String formatId) {
    return discover().stream().filter(p -> p.getFormatId().equals(formatId)).findFirst();
  }
}
