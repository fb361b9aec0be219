/**
 * Finding and opening stores: {@link org.localityworking.storage.registry.Stores} is the entry point for
 * embedding code; {@link org.localityworking.storage.registry.StorageProviderRegistry} is the one place
 * where storage providers are discovered.
 */
package org.localityworking.storage.registry;
