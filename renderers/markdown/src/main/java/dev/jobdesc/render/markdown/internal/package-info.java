/** The Markdown renderer's implementation: not API, may change in any release. */
package dev.jobdesc.render.markdown.internal;
