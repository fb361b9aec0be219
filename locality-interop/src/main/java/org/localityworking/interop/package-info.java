/** Interchange requests and results: {@link org.localityworking.interop.ExportRequest} and what an import did. */
package org.localityworking.interop;
