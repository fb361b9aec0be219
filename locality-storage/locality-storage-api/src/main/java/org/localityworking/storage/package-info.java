/** Storage: the store API and the storage provider SPI. Not yet built: the storage issue delivers it. */
package org.localityworking.storage;
