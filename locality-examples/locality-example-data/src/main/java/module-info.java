/** Example data for Trafford and Herefordshire, drawn from the project's five source documents and citing them. */
module org.localityworking.examples.data {
    requires static transitive org.apiguardian.api;
    requires transitive org.localityworking.storage;

    exports org.localityworking.examples.data;
}
