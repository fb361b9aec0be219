/** Discovery of the interchange plug-ins, into the library's one {@code PluginRegistry}. */
package org.localityworking.interop.registry;
