package org.otbridge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Ref#BY_KEY} sorts exactly as the keys themselves do, for every kind and any id. */
class RefOrderTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void ordersAsTheKeys(long seed) {
        Random random = new Random(seed);
        // ids close to the kind names and to each other, with the characters around ':' in byte order
        String alphabet = "-.09:;AZaz_" + "asetzonc";
        List<Ref> refs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            RefKind kind = RefKind.values()[random.nextInt(RefKind.values().length)];
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            refs.add(kind.isEndpoint() ? Ref.endpoint(kind, null) : Ref.of(kind, id.toString()));
        }
        for (Ref a : refs) {
            for (Ref b : refs) {
                assertThat(Integer.signum(Ref.BY_KEY.compare(a, b)))
                        .as("%s against %s", a.key(), b.key())
                        .isEqualTo(Integer.signum(a.key().compareTo(b.key())));
            }
        }
    }
}
