/**
 * Building blocks for provider authors, so that every provider behaves alike:
 * {@link org.localityworking.storage.support.BufferedUnitOfWork} buffers a unit's writes until commit.
 */
package org.localityworking.storage.support;
