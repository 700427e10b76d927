package org.travaux.ingest;

/** Hears about a run as it goes, to draw a progress bar or write log lines. Called from one thread. */
public interface ProgressListener {
    /** The walk is done: {@code files} were found, of which {@code toExtract} need extracting. */
    void planned(int files, int toExtract);

    /** One file got its outcome. */
    void finished(FileResult result);

    /** Everything so far is committed. */
    default void committed(int filesDone) {
    }

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void planned(int files, int toExtract) {
        }

        @Override
        public void finished(FileResult result) {
        }
    };
}
