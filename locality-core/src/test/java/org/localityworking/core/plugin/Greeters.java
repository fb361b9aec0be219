package org.localityworking.core.plugin;

/** A tiny SPI and its plug-ins, for the registry's tests. */
final class Greeters {
    private Greeters() {
    }

    /** The service: an id and an SPI version, as every SPI of the library has. */
    public interface Greeter {
        String id();

        default String spiVersion() {
            return "1.0";
        }
    }

    static final PluginType<Greeter> TYPE = PluginType.builder(Greeter.class).noun("greeter").id(Greeter::id)
            .spiVersion(Greeter::spiVersion, "1.0").hint("Put a greeter jar on the class path.").build();

    public static final class Hello implements Greeter {
        @Override
        public String id() {
            return "hello";
        }
    }

    public static final class Hi implements Greeter {
        @Override
        public String id() {
            return "hi";
        }
    }

    public static final class HiAgain implements Greeter {
        @Override
        public String id() {
            return "hi";
        }
    }

    public static final class FromTheFuture implements Greeter {
        @Override
        public String id() {
            return "future";
        }

        @Override
        public String spiVersion() {
            return "2.0";
        }
    }

    /** A plug-in whose constructor needs a class of its own dependency. */
    public static final class NeedsHelper implements Greeter {
        private final String greeting;

        public NeedsHelper() {
            greeting = new Helper().toString();
        }

        @Override
        public String id() {
            return "needs-helper" + greeting.length();
        }
    }

    /** The dependency, which {@link PluginRegistryTest} hides to simulate a missing jar. */
    public static final class Helper {
        @Override
        public String toString() {
            return "helper";
        }
    }
}
