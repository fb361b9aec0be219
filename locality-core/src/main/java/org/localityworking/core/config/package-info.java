/**
 * Council configurations shipped as data: Trafford ({@code trafford.properties}) and Herefordshire
 * ({@code herefordshire.properties}), and the loader that reads them or a council's own file.
 *
 * <p>Both councils run on the same code; everything that differs (names, rules, sizes, localities,
 * wards, strategy) is in the file. Facts the source documents do not give are marked illustrative in
 * the file and on the loaded records.
 */
package org.localityworking.core.config;
