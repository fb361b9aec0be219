/**
 * Building blocks for provider authors, so that every provider behaves alike:
 * {@link org.localityworking.storage.support.BufferedUnitOfWork} buffers a unit's writes until commit;
 * {@link org.localityworking.storage.support.KindTable} finds a backend's structure for a kind on the read path.
 */
package org.localityworking.storage.support;
