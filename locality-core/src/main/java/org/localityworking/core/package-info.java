/**
 * Types shared by every part of the library, starting with {@link org.localityworking.core.ValidationException},
 * the one exception raised for bad input.
 */
package org.localityworking.core;
