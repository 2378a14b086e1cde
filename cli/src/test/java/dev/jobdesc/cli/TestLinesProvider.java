package dev.jobdesc.cli;

import dev.jobdesc.model.JobDocument;
import dev.jobdesc.render.Block;
import dev.jobdesc.render.Labels;
import dev.jobdesc.render.Outline;
import dev.jobdesc.render.OutlinePart;
import dev.jobdesc.render.RenderSettings;
import dev.jobdesc.render.Renderer;
import dev.jobdesc.render.RendererProvider;

/**
 * {@code test-lines}, a renderer only the tests' class path holds, registered in
 * {@code META-INF/services} as a renderer jar registers its own: the command line must find it
 * with no change to its code. It writes the outline's title, each part's heading and paragraphs,
 * one per line, then the label of the pay part, so that tests see the locale.
 */
public final class TestLinesProvider implements RendererProvider {

  @Override
  public String getFormatId() {
    return "test-lines";
  }

  @Override
  public String getDescription() {
    return "Test: the outline as plain lines";
  }

  @Override
  public String getFileExtension() {
    return "txt";
  }

  @Override
  public Renderer create(RenderSettings settings) {
    return new Renderer() {
      @Override
      public String getFormatId() {
        return TestLinesProvider.this.getFormatId();
      }

      @Override
      public void render(JobDocument document, Appendable out) {
        Outline outline = Outline.of(document, settings);
        Renderer.append(out, outline.title() + "\n");
        for (OutlinePart part : outline.parts()) {
          Renderer.append(out, "== " + part.heading() + "\n");
          for (Block block : part.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
              Renderer.append(out, paragraph.text() + "\n");
            }
          }
        }
        Labels labels = Labels.of(outline.locale(), settings.getLabels());
        Renderer.append(out, "pay label: " + labels.get("part.pay") + "\n");
      }
    };
  }
}
