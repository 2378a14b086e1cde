/**
 * The JSON-LD renderer's implementation: the mapping of the model to schema.org nodes and the
 * script-safe JSON writer. Not an API; it may change in any release.
 *
 * @since 0.1
 */
package dev.jobdesc.render.jsonld.internal;
