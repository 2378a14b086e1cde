package dev.jobdesc.cli.internal;

import dev.jobdesc.render.RendererProvider;
import dev.jobdesc.render.Renderers;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Finds the renderer of a {@code --format} id among those on the class path, so that an unknown
 * id is a usage error that lists the known ones.
 *
 * @since 0.1
 */
public final class FormatId implements ITypeConverter<RendererProvider> {

  @Override
  public RendererProvider convert(String id) {
    List<RendererProvider> providers = Renderers.discover();
    return providers.stream()
        .filter(provider -> provider.getFormatId().equals(id))
        .findFirst()
        .orElseThrow(() -> new TypeConversionException(unknown(id, providers)));
  }

  private static String unknown(String id, List<RendererProvider> providers) {
    if (providers.isEmpty()) {
      return "unknown format '" + id + "': no renderer is installed";
    }
    return "unknown format '" + id + "'; known formats: "
        + providers.stream().map(RendererProvider::getFormatId).collect(Collectors.joining(", "));
  }
}
