package dev.jobdesc.internal.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jobdesc.io.ReadLimits;
import java.io.IOException;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The Jackson set-up of format version 1, built once: mappers are thread-safe and costly to make.
 * Jackson's own stream limits sit above ours so that ours, with clearer messages, fire first,
 * while Jackson's still bound memory whatever the input.
 */
public final class Mappers {
  private static final int HARD_LIMIT = 64 << 20;

  /** Binds trees to the model and the model to trees. */
  public static final JsonMapper JSON = jsonMapper();

  /** Writes YAML. */
  public static final YAMLMapper YAML = yamlMapper();

  private Mappers() {}

  /** A factory of YAML parsers hardened against {@code limits}. */
  public static YAMLFactory yamlFactory(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(limits.maxDepth() + 2);
    options.setCodePointLimit(Math.max(limits.maxDocumentBytes(), 1024));
    return YAMLFactory.builder()
        .loaderOptions(options)
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .streamReadConstraints(constraints(limits))
        .build();
  }

  /** A factory of JSON parsers hardened against {@code limits}. */
  public static JsonFactory jsonFactory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .build();
  }

  private static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 2)
        .maxStringLength(Math.min(HARD_LIMIT, Math.max(limits.maxStringLength() * 4, 1 << 16)))
        .maxNumberLength(100)
        .maxNameLength(1000)
        .maxDocumentLength(Math.max(limits.maxDocumentBytes() * 2L, 1 << 16))
        .build();
  }

  private static JsonMapper jsonMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(languageModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .build();
  }

  private static YAMLMapper yamlMapper() {
    YAMLFactory factory =
        YAMLFactory.builder().stringQuotingChecker(new LosslessQuoting()).build();
    return YAMLMapper.builder(factory)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /**
   * Quotes the text that YAML would read back changed if it were written bare: text that starts
   * like a number ({@code 1e5}, {@code 0x1F}, {@code 1_000} and {@code +1} come back as another
   * number's text, {@code .inf} not at all), and text holding a NEL (U+0085), a line break to
   * YAML 1.1 that a bare scalar folds into a space. The number test is Jackson's own, which it
   * applies to keys only; it also quotes harmless text such as dates and {@code 401(k)}, and a
   * few more quotes cost nothing.
   */
  private static final class LosslessQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value)
          || looksLikeYAMLNumber(value)
          || value.indexOf('\u0085') >= 0;
    }
  }

  /** Languages as BCP-47 tags ({@code en-US}), not {@link Locale#toString()} ({@code en_US}). */
  private static SimpleModule languageModule() {
    SimpleModule module = new SimpleModule("jobdesc-language");
    module.addSerializer(
        Locale.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Locale value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(value.toLanguageTag());
          }
        });
    module.addDeserializer(
        Locale.class,
        new JsonDeserializer<>() {
          @Override
          public Locale deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Locale.forLanguageTag(p.getValueAsString());
          }
        });
    return module;
  }
}
