package io.avstack.vehicle.run;

/** Stopping the stack's own periodic threads. */
final class Threads {

    /** How long a stopping thread is waited for, ms. */
    static final long JOIN_MS = 2_000;

    private Threads() {
    }

    /** Interrupts {@code thread} (null: none) and waits for it at most {@link #JOIN_MS}; keeps the caller's interrupt. */
    static void interruptAndJoin(Thread thread) {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(JOIN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
