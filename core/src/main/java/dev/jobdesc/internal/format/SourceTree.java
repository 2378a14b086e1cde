package dev.jobdesc.internal.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesc.io.SourcePosition;
import java.util.Map;

/** A document parsed into a tree, with where each value stood. */
record SourceTree(ObjectNode root, Map<String, SourcePosition> positions) {}
