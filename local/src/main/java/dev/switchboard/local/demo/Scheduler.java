package dev.switchboard.local.demo;

import java.time.Duration;

/**
 * Runs tasks later. The demo runs on one scheduler thread, so its state needs no locks; tests drive a virtual clock
 * instead of waiting.
 */
public interface Scheduler {

    void schedule(Duration delay, Runnable task);
}
