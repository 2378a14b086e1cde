package dev.jobdesc.cli;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;

/**
 * {@code test-id}, a second renderer of the tests' class path, with a longer extension than
 * {@link TestLinesProvider}'s, so that {@code formats} has columns to align: it writes the
 * document's kind and id.
 */
public final class TestIdProvider implements RendererProvider {

  @Override
  public String getFormatId() {
    return "test-id";
  }

  @Override
  public String getDescription() {
    return "Test: the document's kind and id";
  }

  @Override
  public String getFileExtension() {
    return "id.txt";
  }

  @Override
  public Renderer create(RenderSettings settings) {
    return new Renderer() {
      @Override
      public String getFormatId() {
        return TestIdProvider.this.getFormatId();
      }

      @Override
      public void render(JobDocument document, Appendable out) {
        Renderer.append(
            out, document.documentKind().key() + " " + document.getId().orElse("-") + "\n");
      }
    };
  }
}
