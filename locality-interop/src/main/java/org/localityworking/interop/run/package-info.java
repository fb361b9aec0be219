/** Where exports are made: {@link org.localityworking.interop.run.Exporting} makes the audience's view and hands an exporter only that. */
package org.localityworking.interop.run;
