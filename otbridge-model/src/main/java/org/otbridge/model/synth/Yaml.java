package org.otbridge.model.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A thin streaming writer for generated YAML: text goes straight into a buffered writer, nothing
 * is collected in memory. Everything the generator writes is ASCII, so characters are bytes.
 */
final class Yaml implements Closeable {

    private final Writer out;
    private final char[] digits = new char[20];

    Yaml(Path file) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
    }

    Yaml s(String text) throws IOException {
        out.write(text);
        return this;
    }

    Yaml c(char ch) throws IOException {
        out.write(ch);
        return this;
    }

    /** A whole number in decimal. */
    Yaml n(long value) throws IOException {
        return pad(value, 1);
    }

    /** A non-negative number zero-padded to at least {@code width} digits. */
    Yaml pad(long value, int width) throws IOException {
        if (value < 0) {
            out.write('-');
            value = -value;
        }
        int at = digits.length;
        do {
            digits[--at] = (char) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (digits.length - at < width) {
            digits[--at] = '0';
        }
        out.write(digits, at, digits.length - at);
        return this;
    }

    /** An IPv4 address given as a 32-bit number. */
    Yaml ip(long address) throws IOException {
        return n((address >>> 24) & 0xff).c('.').n((address >>> 16) & 0xff).c('.').n((address >>> 8) & 0xff)
                .c('.').n(address & 0xff);
    }

    /** A date written YYYY-MM-DD. */
    Yaml date(int year, int month, int day) throws IOException {
        return pad(year, 4).c('-').pad(month, 2).c('-').pad(day, 2);
    }

    Yaml nl() throws IOException {
        out.write('\n');
        return this;
    }

    /** One {@code key: value} line at the indentation of an item's fields. */
    Yaml field(String key, String value) throws IOException {
        return s("    ").s(key).s(": ").s(value).nl();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
