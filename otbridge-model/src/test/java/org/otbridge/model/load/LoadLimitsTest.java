package org.otbridge.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadLimitsTest {

    private static final LoadLimits DEFAULTS = LoadLimits.defaults();

    @Test
    void defaultsAdmitTheLargestRealModels() {
        // A 1,000,000-asset model in one file is about 310 MB; the synthetic one is 6,472 files.
        assertThat(DEFAULTS.fileSize()).isGreaterThanOrEqualTo(400L << 20);
        assertThat(DEFAULTS.files()).isGreaterThanOrEqualTo(10 * 6_472);
        assertThat(LoadLimits.names()).containsExactly("file-size", "line-length", "scalar-length", "depth", "files");
    }

    @Test
    void sizesTakeBinaryUnitsAndPlainNumbers() {
        assertThat(DEFAULTS.with("file-size", "64m").fileSize()).isEqualTo(64L << 20);
        assertThat(DEFAULTS.with("file-size", "2g").fileSize()).isEqualTo(2L << 30);
        assertThat(DEFAULTS.with("scalar-length", "500k").scalarLength()).isEqualTo(500 << 10);
        assertThat(DEFAULTS.with("line-length", "4096").lineLength()).isEqualTo(4096);
        assertThat(DEFAULTS.with(" Depth ", " 20 ").depth()).isEqualTo(20);
        assertThat(DEFAULTS.with("files", "7").files()).isEqualTo(7);
    }

    @Test
    void withLeavesTheOriginalAsItWas() {
        LoadLimits changed = DEFAULTS.with("depth", "10");
        assertThat(changed.depth()).isEqualTo(10);
        assertThat(DEFAULTS.depth()).isEqualTo(100);
        assertThat(changed.fileSize()).isEqualTo(DEFAULTS.fileSize());
    }

    @Test
    void anUnknownNameSuggestsTheClosest() {
        assertThatThrownBy(() -> DEFAULTS.with("scalar-lenght", "1m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown limit 'scalar-lenght'; did you mean 'scalar-length'? (limits: file-size,"
                        + " line-length, scalar-length, depth, files)");
    }

    @Test
    void badValuesAreOneLineMessages() {
        assertThatThrownBy(() -> DEFAULTS.with("file-size", "lots"))
                .hasMessage("limit file-size takes a size such as 64m, 2g, 500k or a plain number, not 'lots'");
        assertThatThrownBy(() -> DEFAULTS.with("depth", "5k")).hasMessage("limit depth takes a whole number, not '5k'");
        assertThatThrownBy(() -> DEFAULTS.with("files", "0")).hasMessage("limit files must be at least 1, not '0'");
        assertThatThrownBy(() -> DEFAULTS.with("depth", "5000")).hasMessage("limit depth can be at most 1000, not '5000'");
        assertThatThrownBy(() -> DEFAULTS.with("scalar-length", "4g"))
                .hasMessage("limit scalar-length can be at most 2147483639 characters, not 4294967296");
        assertThatThrownBy(() -> DEFAULTS.with("file-size", "99999999999999999999g"))
                .hasMessage("limit file-size is too large: '99999999999999999999g'");
    }

    @Test
    void describeNamesTheValueAndTheDefault() {
        assertThat(DEFAULTS.with("file-size", "1g").describe("file-size"))
                .isEqualTo("file-size=1g: largest model file, in bytes (default 512m)");
        for (String name : LoadLimits.names()) {
            assertThat(DEFAULTS.describe(name)).startsWith(name + "=" + DEFAULTS.show(name) + ": ");
        }
    }
}
