package dev.switchboard.local.faults;

/** One fault the suite injects while the simulated contact center keeps working. */
public sealed interface FaultScenario {

    String describe();

    /** {@code kill -9} of one service's JVM; the launcher's supervisor starts it again. */
    record KillService(String service) implements FaultScenario {
        @Override
        public String describe() {
            return "kill -9 " + service + " and restart it";
        }
    }

    /** Stop the broker and start it again on the same storage. */
    record RestartKafka() implements FaultScenario {
        @Override
        public String describe() {
            return "restart the Kafka broker";
        }
    }

    /** Stop the Mongo stand-in and start it again on the same H2 file. */
    record RestartMongo() implements FaultScenario {
        @Override
        public String describe() {
            return "stop and start the Mongo stand-in";
        }
    }

    /** Unreadable and incomplete records on every input topic of every service. */
    record PoisonRecords() implements FaultScenario {
        @Override
        public String describe() {
            return "poison records on every input topic";
        }
    }
}
