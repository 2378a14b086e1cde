/** The format-neutral layout of documents that renderers share. Not API. */
package dev.jobdesc.internal.render;
