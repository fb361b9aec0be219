/**
 * What storage backends share: {@link org.localityworking.storage.support.KindTable} finds a backend's structure
 * for a kind on the read path. (The unit of work's buffer and the write rules, which only the library runs since
 * storage SPI 2, are internal.)
 */
package org.localityworking.storage.support;
