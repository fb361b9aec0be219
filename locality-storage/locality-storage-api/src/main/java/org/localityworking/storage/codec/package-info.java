/**
 * The published record codec ({@link org.localityworking.storage.codec.RecordCodec}): records to versioned
 * bytes and back, so a backend stores bytes and never learns the domain's field types.
 */
package org.localityworking.storage.codec;
