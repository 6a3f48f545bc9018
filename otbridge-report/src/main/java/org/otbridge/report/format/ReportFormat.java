package org.otbridge.report.format;

import java.util.List;

/**
 * One way to present a result of type {@code T}: a name for {@code --format}, the file name
 * endings that choose it for {@code -o}, and a one-line summary for help texts. Text formats
 * write characters, binary ones bytes ({@link TextFormat}, {@link BinaryFormat}).
 */
public sealed interface ReportFormat<T> permits TextFormat, BinaryFormat {

    /** The name given to {@code --format}, lower case: {@code json}. */
    String name();

    /** File name endings that choose this format, lower case with the dot: {@code .json}. */
    List<String> fileEndings();

    /** What the format is for, in a few words. */
    String summary();
}
