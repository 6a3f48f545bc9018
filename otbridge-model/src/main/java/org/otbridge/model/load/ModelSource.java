package org.otbridge.model.load;

/** The text of one model file and the name problems should call it by. */
public record ModelSource(String name, String text) {
}
