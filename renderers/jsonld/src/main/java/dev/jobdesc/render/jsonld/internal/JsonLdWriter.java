package dev.jobdesc.render.jsonld.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Makes the Jackson writers of JSON-LD documents. */
public final class JsonLdWriter {
  private JsonLdWriter() {}

  /**
   * A writer that escapes for {@code <script>} (see {@link ScriptSafeEscapes}), writes decimals
   * plainly ({@code 35000}, never {@code 3.5E+4}), and, when {@code pretty}, indents by two
   * spaces with {@code \n} line ends on every platform. Immutable and thread-safe.
   */
  public static ObjectWriter create(boolean pretty) {
    JsonFactory factory = new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build();
    JsonMapper mapper =
        JsonMapper.builder(factory).enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    return pretty ? mapper.writer(prettyPrinter()) : mapper.writer();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
