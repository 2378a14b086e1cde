package dev.jobdesc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jobdesc.benchmarks.pojo.PojoJobDescription;
import dev.jobdesc.io.DocumentReader;
import dev.jobdesc.io.Format;
import dev.jobdesc.io.ReadResult;
import dev.jobdesc.validation.ValidationReport;
import dev.jobdesc.validation.Validator;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P2 and P3 on the largest sample's canonical JSON: reading it into the immutable model (with
 * its source map, as {@code jobdesc validate} reads), Jackson binding the same bytes to a plain
 * POJO, and validating the read document with every profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadValidateBenchmark {
  private byte[] json;
  private DocumentReader reader;
  private ObjectMapper pojoMapper;
  private Validator validator;
  private ReadResult read;

  /** The bytes, the reader, the POJO mapper and the validator, once. */
  @Setup
  public void setUp() {
    json = Fixtures.largestJson();
    reader = DocumentReader.standard();
    pojoMapper = pojoMapper();
    validator = Fixtures.allProfiles();
    read = reader.parse(json, Format.JSON, "largest.json");
    if (!read.isSuccess()) {
      throw new IllegalStateException("the sample does not read: " + read.getProblems());
    }
  }

  /** The mapper of the POJO baseline: Jackson's defaults, with {@code java.time} support. */
  static ObjectMapper pojoMapper() {
    return JsonMapper.builder().addModule(new JavaTimeModule()).build();
  }

  /** P3, P2's baseline: the library reads the bytes into the model. */
  @Benchmark
  public ReadResult readModel() {
    return reader.parse(json, Format.JSON, "largest.json");
  }

  /** P3's baseline: Jackson binds the bytes to the POJO mirror. */
  @Benchmark
  public PojoJobDescription readPojo() throws IOException {
    return pojoMapper.readValue(json, PojoJobDescription.class);
  }

  /** P2: every profile on the read document. */
  @Benchmark
  public ValidationReport validateAllProfiles() {
    return validator.validate(read);
  }
}
