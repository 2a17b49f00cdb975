package dev.switchboard.analytics.fact.messaging;

import dev.switchboard.analytics.fact.FactRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/** What each consumer binding does with a record: read it, and fold it into its ticket's fact. */
final class FactEventHandler {

    private static final Logger log = LoggerFactory.getLogger(FactEventHandler.class);

    private final CloudEventReader reader;
    private final FactRecorder recorder;

    FactEventHandler(CloudEventReader reader, FactRecorder recorder) {
        this.reader = reader;
        this.recorder = recorder;
    }

    void handle(Message<byte[]> message) {
        reader.read(message).ifPresentOrElse(
                event -> recorder.record(event.id(), event.data()),
                () -> log.debug("Skipped a record of a type this service does not know: {}", message.getHeaders()));
    }
}
