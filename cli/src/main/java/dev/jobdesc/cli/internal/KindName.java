package dev.jobdesc.cli.internal;

import dev.jobdesc.model.DocumentKind;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@code --kind} as the {@code kind} key spells it ({@code job-description}, {@code role}),
 * so that any other spelling is a usage error that lists the two.
 *
 * @since 0.1
 */
public final class KindName implements ITypeConverter<DocumentKind> {

  @Override
  public DocumentKind convert(String key) {
    return DocumentKind.ofKey(key)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown kind '"
                        + key
                        + "'; known kinds: "
                        + Arrays.stream(DocumentKind.values())
                            .map(DocumentKind::key)
                            .collect(Collectors.joining(", "))));
  }
}
