package dev.jobdesc.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The line {@code --version} prints, e.g. {@code jobdesc 0.1.0}, from the version Maven writes
 * into {@code version.properties} at build time.
 *
 * @since 0.1
 */
public final class ProjectVersion implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"jobdesc " + number()};
  }

  /** The project version alone, e.g. {@code 0.1.0}: what reports name the tool's version. */
  public static String number() {
    try (InputStream in = ProjectVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
