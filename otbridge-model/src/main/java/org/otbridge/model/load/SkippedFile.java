package org.otbridge.model.load;

/**
 * A file or folder under a model folder that loading did not read, and why: hidden, not a
 * {@code .yaml}/{@code .yml} file, the same file again through a link, not a regular file. Listed
 * so that nothing disappears from an assessment without a word.
 *
 * @param file   the path as problems name files (the folder as the user gave it, then the way in)
 * @param reason why it was not read, a phrase such as "hidden" or "not a .yaml or .yml file"
 */
public record SkippedFile(String file, String reason) implements Comparable<SkippedFile> {

    @Override
    public int compareTo(SkippedFile other) {
        return file.compareTo(other.file);
    }

    @Override
    public String toString() {
        return org.otbridge.model.text.Printable.escape(file) + ": skipped, " + reason;
    }
}
