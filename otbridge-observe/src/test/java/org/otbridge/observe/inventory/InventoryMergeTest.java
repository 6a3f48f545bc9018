package org.otbridge.observe.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.observe.TestCaptures;

/**
 * Merging inventories is associative and commutative with the empty inventory as identity, so
 * partial inventories (of captures, of parts, of Zeek logs) may be combined in any grouping and
 * order, as a distributed job would. Seeded random groupings of real captures' inventories.
 */
class InventoryMergeTest {

    private static final List<String> CAPTURES = List.of("icsnpp-modbus/modbus_example.pcap", "iti/mb2.pcap",
            "icsnpp-bacnet/bacnet_example.pcap", "iti/Sample_File_MMS_and_GOOSE.pcap", "icsnpp-dnp3/dnp3_example.pcap",
            "zeek/mixed-vlan-mpls.pcap", "iti/PROFINET-RT.pcap");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyGroupingAndOrderGivesTheSameInventory(long seed) {
        Random random = new Random(seed);
        List<Inventory> parts = new ArrayList<>();
        for (String capture : CAPTURES) {
            parts.add(TestCaptures.read(capture));
        }
        parts.add(Inventory.EMPTY);
        Inventory leftToRight = Inventory.EMPTY;
        for (Inventory part : parts) {
            leftToRight = Inventory.merge(leftToRight, part);
        }
        List<Inventory> shuffled = new ArrayList<>(parts);
        Collections.shuffle(shuffled, random);
        assertThat(tree(shuffled, random)).isEqualTo(leftToRight);

        Inventory a = parts.get(random.nextInt(parts.size()));
        Inventory b = parts.get(random.nextInt(parts.size()));
        Inventory c = parts.get(random.nextInt(parts.size()));
        assertThat(Inventory.merge(a, Inventory.merge(b, c))).isEqualTo(Inventory.merge(Inventory.merge(a, b), c));
        assertThat(Inventory.merge(a, b)).isEqualTo(Inventory.merge(b, a));
        assertThat(Inventory.merge(a, Inventory.EMPTY)).isEqualTo(a);
        assertThat(Inventory.merge(a, b).hosts()).isEqualTo(Inventory.merge(b, a).hosts());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theSameCaptureTwiceDoublesTrafficButNotHostsOrConnections(long seed) {
        String capture = CAPTURES.get(new Random(seed).nextInt(CAPTURES.size()));
        Inventory once = TestCaptures.read(capture);
        Inventory twice = Inventory.merge(once, once);
        assertThat(twice.hosts()).isEqualTo(once.hosts());
        assertThat(twice.flows()).hasSameSizeAs(once.flows());
        for (int i = 0; i < once.flows().size(); i++) {
            assertThat(twice.flows().get(i).packets()).isEqualTo(2 * once.flows().get(i).packets());
            assertThat(twice.flows().get(i).connections()).isEqualTo(once.flows().get(i).connections());
        }
    }

    /** Merges the list as a random binary tree. */
    private static Inventory tree(List<Inventory> list, Random random) {
        if (list.size() == 1) {
            return list.get(0);
        }
        int split = 1 + random.nextInt(list.size() - 1);
        return Inventory.merge(tree(list.subList(0, split), random), tree(list.subList(split, list.size()), random));
    }
}
