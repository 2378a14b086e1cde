/** Reading and writing format version 1 with Jackson. Not API. */
package dev.jobdesc.internal.format;
