package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.model.Asset;
import org.otbridge.model.Model;

/**
 * The walk that gives each asset of an edited model its site (without a lookup for the assets the
 * edits kept) gives what looking each one up gives, whatever the edits did: assets edited,
 * removed, added, moved (seeded at random, on a synthetic utility of many sites).
 */
class SitesOfAssetsTest {

    @TempDir
    static Path dir;

    static Model model;
    static Sites sites;

    @BeforeAll
    static void writeAUtilityOfManySites() throws IOException {
        model = SyntheticUtility.write(dir, 2_500, 5L);
        sites = Sites.of(model);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 2026})
    void theWalkGivesEachAssetTheSiteALookupGives(long seed) {
        Random random = new Random(seed);
        List<Asset> edited = new ArrayList<>();
        for (Asset a : model.assets()) {
            switch (random.nextInt(12)) {
                case 0 -> { } // removed
                case 1 -> edited.add(a.withControls(List.of())); // edited: another object, same id
                case 2 -> {
                    edited.add(a);
                    edited.add(renamed(a, a.id() + "-replica")); // added: of no site yet
                }
                default -> edited.add(a);
            }
        }
        for (int i = 0; i < 5; i++) {
            Collections.swap(edited, random.nextInt(edited.size()), random.nextInt(edited.size()));
        }
        List<Integer> walked = new ArrayList<>();
        sites.forEachSite(edited, (asset, site) -> walked.add(site));

        List<Integer> looked = edited.stream().map(a -> {
            Integer site = sites.siteOf(a.ref());
            return site == null ? -1 : site;
        }).toList();
        assertThat(walked).containsExactlyElementsOf(looked);
        assertThat(looked).as("assets of some site").anyMatch(site -> site >= 0);
        assertThat(looked).as("assets of the shared part").contains(-1);
    }

    private static Asset renamed(Asset a, String id) {
        return new Asset(id, a.name(), a.type(), a.zones(), a.ips(), a.macs(), a.vendor(), a.product(), a.version(),
                a.usage(), a.controls(), a.requires(), a.supplier(), a.owner(), a.internetExposed(), a.spares(),
                a.backup(), a.endOfSupport(), a.os(), a.signedFirmware(), a.management(), a.description(), a.at());
    }
}
