package org.otbridge.observe.protocol;

/** Counts the operations a decoder finds. */
public interface OperationSink {

    void read();

    void write();

    void program();

    void command();
}
