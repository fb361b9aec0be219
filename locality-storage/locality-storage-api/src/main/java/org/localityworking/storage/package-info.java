/**
 * The store API that embedding code calls: {@link org.localityworking.storage.LocalityStore} with
 * save, get, delete and query for every {@link org.localityworking.storage.Kind} of aggregate, units of
 * work that commit all or nothing, optimistic versioning, and the personal-data operations (subject
 * access and erasure).
 *
 * <p>Open a store with {@link org.localityworking.storage.registry.Stores}; providers plug in through
 * {@link org.localityworking.storage.spi.StorageBackendProvider}; the library implements the store once over any
 * backend.
 */
package org.localityworking.storage;
