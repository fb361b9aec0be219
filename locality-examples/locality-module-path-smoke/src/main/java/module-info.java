/**
 * A small modular application embedding the library on the module path; see {@code ModulePathSmoke}.
 * It requires only the library's API modules: the storage providers are found through their
 * {@code provides} clauses.
 */
module org.localityworking.examples.modulepath {
    requires org.localityworking.interop;
}
