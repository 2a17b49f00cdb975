package dev.switchboard.sla.timer.messaging;

import dev.switchboard.sla.timer.PartitionTimers;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;

/**
 * Hands the {@code tickets.events} partitions assigned to and revoked from this instance's consumer to the timer,
 * with the consumer's position and the log's end offset at assignment, so that the timer holds exactly the clocks of
 * the tickets this instance consumes.
 */
@Component
class TicketPartitionsRebalanceListener implements KafkaBindingRebalanceListener {

    static final String BINDING = "ticketEvents-in-0";

    private final PartitionTimers timers;

    TicketPartitionsRebalanceListener(PartitionTimers timers) {
        this.timers = timers;
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer,
                                     Collection<TopicPartition> partitions, boolean initial) {
        if (!BINDING.equals(bindingName) || partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            timers.assigned(partition.partition(), consumer.position(partition), ends.getOrDefault(partition, 0L));
        }
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(String bindingName, Consumer<?, ?> consumer,
                                                Collection<TopicPartition> partitions) {
        if (BINDING.equals(bindingName)) {
            partitions.forEach(partition -> timers.revoked(partition.partition()));
        }
    }
}
