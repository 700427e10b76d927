package org.travaux.search;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** An executor that runs every task at once in the thread that submits it. */
final class CallerRunsExecutor {
    private CallerRunsExecutor() {
    }

    /** Runs each task in the calling thread: the request already has its thread, and its searcher its deadline. */
    static final ExecutorService INSTANCE = new AbstractExecutorService() {
        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return false;
        }
    };
}
