package org.otbridge.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.model.Asset;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.SourcePosition;

/**
 * One test per kind of problem the loader reports, each with the exact {@code FILE:LINE:COL: message}
 * lines a user sees. Models are written to {@code model.yaml} in a temporary folder; the folder is
 * cut from the printed lines so expectations read as the user would see them in their own folder.
 */
class ProblemKindsTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private LoadResult load(String yaml) throws IOException {
        return new ModelLoader().load(write("model.yaml", yaml));
    }

    /** The printed problem lines, with the temporary folder cut off file names. */
    private List<String> lines(LoadResult result) {
        String prefix = dir.toString() + dir.getFileSystem().getSeparator();
        return result.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
    }

    private List<String> problems(String yaml) throws IOException {
        return lines(load(yaml));
    }

    private Model valid(String yaml) throws IOException {
        LoadResult result = load(yaml);
        assertThat(lines(result)).as("problems of a model that should be valid").isEmpty();
        assertThat(result.ok()).isTrue();
        return result.model();
    }

    @Nested
    class YamlSyntax {

        @Test
        void unclosedFlowMappingNamesFileLineAndWhereTheMappingStarted() throws IOException {
            LoadResult result = load("zones:\n  - {id: cc, domain: ot\n");
            assertThat(result.problems()).hasSize(1);
            Problem problem = result.problems().get(0);
            assertThat(problem.at()).isEqualTo(new SourcePosition(dir.resolve("model.yaml").toString(), 3, 1));
            assertThat(problem.message()).startsWith("YAML syntax error: ")
                    .contains("expected ',' or '}'", "flow mapping", "line 2, column 5");
            assertThat(problem.toString()).startsWith(dir.resolve("model.yaml") + ":3:1: YAML syntax error");
        }

        @Test
        void tabIndentationIsReportedAtTheTab() throws IOException {
            List<String> problems = problems("zones:\n\t- id: cc\n");
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("model.yaml:2:1: YAML syntax error: ").contains("TAB");
        }

        @Test
        void badIndentationIsReportedAtTheMisalignedKey() throws IOException {
            List<String> problems = problems("""
                    zones:
                      - id: cc
                        domain: ot
                       level: 2
                    """);
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("model.yaml:4:4: YAML syntax error: ")
                    .contains("while parsing a block collection from line 2, column 3");
        }

        @Test
        void aSyntaxErrorInOneFileDoesNotHideProblemsInTheOthers() throws IOException {
            write("m/a.yaml", "zones:\n  - {id: cc, domain: ot\n");
            write("m/b.yaml", "zones:\n  - {id: dd, domain: ot, colour: red}\n");
            List<String> problems = lines(new ModelLoader().load(dir.resolve("m")));
            assertThat(problems).hasSize(2);
            assertThat(problems.get(0)).startsWith(Path.of("m", "a.yaml") + ":3:1: YAML syntax error");
            assertThat(problems.get(1)).isEqualTo(Path.of("m", "b.yaml") + ":2:26: unknown field 'colour' in zone 'dd'");
        }

        @Test
        void aFileThatIsNotUtf8IsAProblemNotACrash() throws IOException {
            Path file = dir.resolve("latin1.yaml");
            Files.write(file, "organization: {name: \"Kraftverk S\u00f8r\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            // At the first byte that is not UTF-8: the ø of "Kraftverk Sør", line 1, column 34.
            assertThat(lines(new ModelLoader().load(file))).containsExactly("latin1.yaml:1:34: not valid UTF-8 text:"
                    + " byte 0xF8 here is not part of a character; save the file as UTF-8");
        }

        @Test
        void aMissingPathIsAProblemNamingThePath() {
            LoadResult result = new ModelLoader().load(dir.resolve("nowhere.yaml"));
            assertThat(lines(result)).containsExactly("nowhere.yaml:1:1: no such file or folder");
        }

        @Test
        void aFolderWithoutModelFilesIsAProblem() throws IOException {
            Files.createDirectories(dir.resolve("empty"));
            write("empty/notes.txt", "not a model");
            assertThat(lines(new ModelLoader().load(dir.resolve("empty"))))
                    .containsExactly("empty:1:1: no .yaml or .yml files in this folder");
        }

        @Test
        void yamlAliasesAreRejectedRatherThanReadAsTheAnchorName() throws IOException {
            // The streaming parser hands an alias over as the anchor's name; taking that as the
            // value would silently put "v" into the vendor field.
            List<String> problems = problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: a, type: plc, zone: cc, vendor: &v Siemens}
                      - {id: b, type: plc, zone: cc, vendor: *v}
                    """);
            assertThat(problems).containsExactly(
                    "model.yaml:5:42: YAML alias '*v' is not supported; write the value out in full");
        }

        @Test
        void yamlAliasAsAWholeSectionIsRejectedToo() throws IOException {
            assertThat(problems("""
                    x-zones: &z [{id: cc, domain: ot}]
                    zones: *z
                    """)).containsExactly("model.yaml:2:8: YAML alias '*z' is not supported; write the value out in full");
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void misspeltFieldGetsDidYouMeanAtTheKey() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                      - {id: corp, domain: it}
                    connections:
                      - id: c1
                        from: zone:corp
                        to: zone:cc
                        initator: from
                    """)).containsExactly(
                    "model.yaml:8:5: unknown field 'initator' in connection 'c1'; did you mean 'initiator'?");
        }

        @Test
        void unrelatedFieldHasNoSuggestion() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    connections:
                      - id: c1
                        from: internet
                        to: zone:cc
                        colour: blue
                    """)).containsExactly("model.yaml:7:5: unknown field 'colour' in connection 'c1'");
        }

        @Test
        void misspeltSectionAndNestedFieldsAreCaughtToo() throws IOException {
            assertThat(problems("""
                    asests: []
                    services:
                      - id: heat
                        fallback: {descripton: Local panel}
                    """)).containsExactly(
                    "model.yaml:1:1: unknown section 'asests'; did you mean 'assets'? (sections: organization, services, zones, "
                            + "assets, connections, suppliers, controls, responsibilities, scenarios, exceptions, accounts, "
                            + "efforts)",
                    "model.yaml:4:16: unknown field 'descripton' in fallback of service 'heat'; did you mean 'description'?");
        }

        @Test
        void extensionKeysAreAcceptedAtEveryLevel() throws IOException {
            Model model = valid("""
                    x-top: {anything: [1, 2]}
                    organization:
                      name: O
                      x-org: 1
                      units:
                        - {id: it, discipline: it, x-note: hi}
                      people:
                        - {id: anna, unit: it, x-badge: 7}
                    services:
                      - id: heat
                        x-sla-ref: S-1
                        impact: {supply: high, x-basis: survey}
                        fallback: {capacity: 50%, x-plan: P-7}
                    zones:
                      - {id: cc, domain: ot, x-colour: red}
                    assets:
                      - id: a
                        type: plc
                        zone: cc
                        x-cmdb: {id: 5, tags: [a, b]}
                        spares: {on_hand: 1, x-where: shelf}
                        backup: {exists: true, x-tool: veeam}
                    connections:
                      - {id: c, from: internet, to: asset:a, x-ticket: T-1}
                    suppliers:
                      - {id: s, x-crm: 42}
                    controls:
                      - {id: pw, kind: password-policy, x-owner: it}
                    responsibilities:
                      - {subject: zone:cc, accountable: person:anna, x-review: 2026}
                    scenarios:
                      - {id: sc, fail: [asset:a], x-drill: yes}
                    exceptions:
                      - {rule: OTB-FIT-001, subject: asset:a, x-case: 9}
                    """);
            assertThat(model.assets()).hasSize(1);
            assertThat(model.control("pw").orElseThrow().parameters()).doesNotContainKey("x-owner");
        }
    }

    @Nested
    class Duplicates {

        @Test
        void duplicateIdIsReportedAtTheSecondAndNamesTheFirst() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                      - id: cc
                        domain: it
                    """)).containsExactly("model.yaml:3:5: duplicate zone id 'cc', first defined at model.yaml:2");
        }

        @Test
        void duplicateIdAcrossFilesNamesTheOtherFile() throws IOException {
            write("m/a.yaml", "zones:\n  - {id: cc, domain: ot}\n");
            write("m/b.yaml", "zones:\n\n  - {id: cc, domain: it}\n");
            assertThat(lines(new ModelLoader().load(dir.resolve("m")))).containsExactly(
                    Path.of("m", "b.yaml") + ":3:5: duplicate zone id 'cc', first defined at " + Path.of("m", "a.yaml") + ":2");
        }

        @Test
        void theSameIdUnderDifferentKindsIsFine() throws IOException {
            Model model = valid("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: cc, type: scada-server, zone: cc}
                    """);
            assertThat(model.asset("cc")).isPresent();
            assertThat(model.zone("cc")).isPresent();
        }

        @Test
        void duplicateYamlKeyIsReportedAtTheSecondKey() throws IOException {
            List<String> problems = problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - id: a1
                        type: plc
                        zone: cc
                        type: hmi
                    """);
            assertThat(problems).containsExactly(
                    "model.yaml:7:5: duplicate key 'type' in this mapping; first given at line 5, column 5");
        }

        @Test
        void duplicateSectionIsReportedAndOnlyTheFirstIsRead() throws IOException {
            LoadResult result = load("""
                    zones:
                      - {id: cc, domain: ot}
                    zones:
                      - {id: dd, domain: ot}
                    """);
            assertThat(lines(result)).containsExactly(
                    "model.yaml:3:1: duplicate key 'zones' in this mapping; first given at line 1, column 1");
            assertThat(result.model().zones()).extracting(z -> z.id()).containsExactly("cc");
        }
    }

    @Nested
    class ReferenceProblems {

        private static final String ZONE_AND_PUMP = """
                zones:
                  - {id: cc, domain: ot}
                assets:
                  - {id: plc-pump-1, type: plc, zone: cc}
                """;

        @Test
        void danglingReferenceSuggestsTheClosestIdOfItsKind() throws IOException {
            assertThat(problems(ZONE_AND_PUMP + """
                      - {id: hmi, type: hmi, zone: cc, requires: [asset:plc-pump-9]}
                    """)).containsExactly(
                    "model.yaml:5:47: asset:plc-pump-9 is not defined; did you mean asset:plc-pump-1?");
        }

        @Test
        void danglingReferenceWithNothingCloseStillNamesTheNearestId() throws IOException {
            assertThat(problems(ZONE_AND_PUMP + """
                      - {id: hmi, type: hmi, zone: cc, requires: [asset:historian-west]}
                    """)).containsExactly("model.yaml:5:47: asset:historian-west is not defined; the closest asset id is asset:hmi");
        }

        @Test
        void danglingReferenceWhoseIdExistsUnderAnotherKindSaysSo() throws IOException {
            assertThat(problems(ZONE_AND_PUMP + """
                      - {id: hmi, type: hmi, zone: cc, requires: [asset:cc]}
                    """)).containsExactly("model.yaml:5:47: asset:cc is not defined; zone:cc exists, did you mean that?");
        }

        @Test
        void referenceOfTheWrongKindNamesWhatTheFieldTakes() throws IOException {
            assertThat(problems("""
                    organization:
                      units: [{id: it, discipline: it}]
                    zones:
                      - {id: x, domain: ot}
                    assets:
                      - {id: a, type: plc, zone: x}
                    connections:
                      - {id: c, from: internet, to: asset:a, via: [zone:x]}
                    suppliers:
                      - {id: s, contract_owner: unit:it}
                    """)).containsExactly(
                    "model.yaml:8:48: wrong kind of reference: 'via' takes asset:ID, not zone:x",
                    "model.yaml:10:29: wrong kind of reference: 'contract_owner' takes person:ID, not unit:it");
        }

        @Test
        void bareIdWhereSeveralKindsFitAsksForTheKind() throws IOException {
            assertThat(problems(ZONE_AND_PUMP + """
                    connections:
                      - {id: c, from: plc-1, to: internet}
                    """)).containsExactly("model.yaml:6:19: 'plc-1' in 'from' needs its kind, such as asset:plc-1; "
                    + "'from' takes asset:ID, zone:ID, supplier:ID, internet or removable-media");
        }

        @Test
        void bareIdWhereOneKindFitsIsThatKind() throws IOException {
            Model model = valid("""
                    organization:
                      people: [{id: lars}]
                    zones:
                      - {id: cc, domain: ot}
                      - {id: dmz, domain: dmz}
                    suppliers:
                      - {id: acme, contract_owner: lars}
                    controls:
                      - {id: pw, kind: password-policy}
                    assets:
                      - {id: fw, type: firewall, zones: [cc, zone:dmz], supplier: acme, controls: [pw]}
                    connections:
                      - {id: c, from: zone:dmz, to: zone:cc, via: [fw]}
                    """);
            Asset fw = model.asset("fw").orElseThrow();
            assertThat(fw.zones()).containsExactly(Ref.of(RefKind.ZONE, "cc"), Ref.of(RefKind.ZONE, "dmz"));
            assertThat(fw.supplier()).isEqualTo(Ref.of(RefKind.SUPPLIER, "acme"));
            assertThat(fw.controls()).containsExactly(Ref.of(RefKind.CONTROL, "pw"));
            assertThat(model.connection("c").orElseThrow().via()).containsExactly(Ref.of(RefKind.ASSET, "fw"));
            assertThat(model.supplier("acme").orElseThrow().contractOwner()).isEqualTo(Ref.of(RefKind.PERSON, "lars"));
        }

        @Test
        void unknownReferenceKindSuggestsTheRealOne() throws IOException {
            assertThat(problems("""
                    connections:
                      - {id: c, from: internet, to: assett:x}
                    """)).containsExactly("model.yaml:2:33: unknown reference kind 'assett' in 'assett:x'; did you mean 'asset'?");
        }

        @Test
        void specialEndpointsAreAcceptedOnlyWhereTheyFit() throws IOException {
            assertThat(problems(ZONE_AND_PUMP + """
                    connections:
                      - {id: usb, from: removable-media, to: asset:plc-pump-1}
                      - {id: net, from: internet, to: asset:plc-pump-1, via: [internet]}
                    """)).containsExactly("model.yaml:7:59: 'via' cannot be internet; it takes asset:ID");
        }

        @Test
        void referenceWithAnInvalidIdIsReported() throws IOException {
            assertThat(problems(ZONE_AND_PUMP + """
                    scenarios:
                      - {id: s, fail: [asset:PLC-1]}
                    """)).containsExactly("model.yaml:6:20: invalid id 'PLC-1' in 'asset:PLC-1': ids are lower-case "
                    + "letters, digits, '.', '_' and '-', starting with a letter or digit");
        }

        @Test
        void onlyTheOtSecurityProgrammeExists() throws IOException {
            assertThat(problems("""
                    organization:
                      units: [{id: it, discipline: it}]
                      people:
                        - {id: anna, unit: it, mandate: [program:ot-security]}
                        - {id: bo, unit: it, mandate: [program:other]}
                    responsibilities:
                      - {subject: program:ot-security, accountable: person:anna}
                      - {subject: program:other, accountable: person:bo}
                    """)).containsExactly(
                    "model.yaml:5:36: unknown programme 'program:other': the only programme is program:ot-security",
                    "model.yaml:8:15: unknown programme 'program:other': the only programme is program:ot-security");
        }

        @Test
        void accountableTakesOneReferenceOrAList() throws IOException {
            Model model = valid("""
                    organization:
                      units: [{id: ops, discipline: operations}]
                      people: [{id: anna, unit: ops}, {id: bo, unit: ops}]
                    responsibilities:
                      - {subject: program:ot-security, accountable: person:anna, responsible: unit:ops}
                      - {subject: unit:ops, accountable: [person:anna, person:bo], responsible: [unit:ops, person:bo]}
                    """);
            Ref anna = Ref.of(RefKind.PERSON, "anna");
            Ref bo = Ref.of(RefKind.PERSON, "bo");
            Ref ops = Ref.of(RefKind.UNIT, "ops");
            assertThat(model.responsibilities().get(0).subject()).isEqualTo(Ref.of(RefKind.PROGRAM, "ot-security"));
            assertThat(model.responsibilities().get(0).accountable()).containsExactly(anna);
            assertThat(model.responsibilities().get(0).responsible()).containsExactly(ops);
            assertThat(model.responsibilities().get(1).accountable()).containsExactly(anna, bo);
            assertThat(model.responsibilities().get(1).responsible()).containsExactly(ops, bo);
        }

        @Test
        void accountableMustNameItsKind() throws IOException {
            assertThat(problems("""
                    organization:
                      people: [{id: anna}]
                    responsibilities:
                      - {subject: program:ot-security, accountable: anna}
                    """)).containsExactly("model.yaml:4:49: 'anna' in 'accountable' needs its kind, such as person:anna; "
                    + "'accountable' takes person:ID or unit:ID");
        }

        @Test
        void connectionFromAnEndToItselfIsReported() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    connections:
                      - {id: loop, from: zone:cc, to: zone:cc}
                    """)).containsExactly("model.yaml:4:35: connection 'loop' goes from zone:cc to itself");
        }
    }

    @Nested
    class Enums {

        @Test
        void assetTypeZoneDomainProtocolImpactAndAuthSuggestTheCloseValue() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: otx}
                    assets:
                      - {id: a, type: plcc, zone: cc}
                      - {id: b, type: hmi, zone: cc}
                    connections:
                      - {id: c, from: asset:a, to: asset:b, protocol: modbuss, initiator: frm, auth: pasword}
                    services:
                      - {id: s, impact: {safety: hihg, supply: critical}}
                    """)).containsExactly(
                    "model.yaml:2:22: unknown domain 'otx' in zone 'cc'; did you mean 'ot'? (one of: it, dmz, ot, safety, external)",
                    "model.yaml:4:19: unknown type 'plcc' in asset 'a'; did you mean 'plc'?",
                    "model.yaml:7:51: unknown protocol 'modbuss' in connection 'c'; did you mean 'modbus'?",
                    "model.yaml:7:71: unknown initiator 'frm' in connection 'c'; did you mean 'from'? (one of: from, to, both)",
                    "model.yaml:7:82: unknown auth 'pasword' in connection 'c'; did you mean 'password'? "
                            + "(one of: none, password, mfa, certificate)",
                    "model.yaml:9:30: unknown safety 'hihg' in impact of service 's'; did you mean 'high'? "
                            + "(one of: none, low, medium, high, critical)");
        }

        @Test
        void anEffortClassOutsideTheFourIsLocatedAndAnEffortEntryIsBound() throws IOException {
            assertThat(problems("""
                    efforts:
                      - {action: remove-connection, effort: fortnight}
                      - {effort: days}
                    """)).containsExactly(
                    "model.yaml:2:41: unknown effort 'fortnight' in effort entry (one of: hours, days, weeks, project)",
                    "model.yaml:3:5: effort entry is missing the required field 'action'");
            Model model = valid("""
                    zones:
                      - {id: cc, domain: ot}
                    efforts:
                      - action: remove-connection
                        subject: zone:cc
                        effort: weeks
                        reason: the shift needs it until the new link is in
                    """);
            assertThat(model.efforts()).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("remove-connection");
                assertThat(e.subject()).isEqualTo(org.otbridge.model.Ref.of(org.otbridge.model.RefKind.ZONE, "cc"));
                assertThat(e.effort()).isEqualTo(org.otbridge.model.Effort.WEEKS);
                assertThat(e.actionAt().line()).isEqualTo(4);
            });
        }

        @Test
        void valueWithNothingCloseListsEveryAllowedValue() throws IOException {
            List<String> problems = problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: a, type: gizmo, zone: cc}
                    """);
            assertThat(problems).containsExactly("model.yaml:4:19: unknown type 'gizmo' in asset 'a' (one of: plc, rtu, ied, "
                    + "sis, hmi, scada-server, historian, engineering-workstation, jump-host, remote-access-gateway, "
                    + "firewall, data-diode, router, switch, wireless-ap, domain-controller, server, workstation, erp, "
                    + "cloud-service, telecom-link, power-supply, ups, pdu, protection-relay, serial-gateway, "
                    + "protocol-gateway, pbx, sip-trunk, call-center, other)");
        }

        @Test
        void purdueLevelIsOneOfTheDefinedLevels() throws IOException {
            List<String> problems = problems("""
                    zones:
                      - {id: cc, domain: ot, level: 2.5}
                    """);
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("model.yaml:2:33: unknown level '2.5' in zone 'cc'")
                    .endsWith("(one of: 0, 1, 2, 3, 3.5, 4, 5)");
        }

        @Test
        void purdueLevelsAreReadAsNumbers() throws IOException {
            Model model = valid("""
                    zones:
                      - {id: l0, domain: ot, level: 0}
                      - {id: dmz, domain: dmz, level: 3.5}
                      - {id: corp, domain: it, level: 4.0}
                      - {id: quoted, domain: it, level: "5"}
                    """);
            assertThat(model.zones()).extracting(z -> z.level().value()).containsExactly(0.0, 3.5, 4.0, 5.0);
        }
    }

    @Nested
    class Units {

        @Test
        void durationsInMinutesHoursDaysAndWeeks() throws IOException {
            Model model = valid("""
                    services:
                      - {id: s1, max_tolerable_downtime: 30m}
                      - {id: s2, max_tolerable_downtime: 4h}
                      - {id: s3, max_tolerable_downtime: 2d}
                      - {id: s4, max_tolerable_downtime: 1w}
                    """);
            assertThat(model.services()).extracting(s -> s.maxTolerableDowntime()).containsExactly(
                    Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofDays(2), Duration.ofDays(7));
        }

        @Test
        void invalidDurationsExplainTheFormat() throws IOException {
            String how = ": write a whole number and a unit m, h, d or w, such as 30m, 4h, 2d, 1w";
            assertThat(problems("""
                    services:
                      - {id: s5, max_tolerable_downtime: 4 hours}
                      - {id: s6, max_tolerable_downtime: 4H}
                      - {id: s7, max_tolerable_downtime: -1h}
                      - {id: s8, max_tolerable_downtime: 4}
                    """)).containsExactly(
                    "model.yaml:2:38: invalid duration '4 hours' for 'max_tolerable_downtime' in service 's5'" + how,
                    "model.yaml:3:38: invalid duration '4H' for 'max_tolerable_downtime' in service 's6'" + how,
                    "model.yaml:4:38: invalid duration '-1h' for 'max_tolerable_downtime' in service 's7'" + how,
                    "model.yaml:5:38: invalid duration '4' for 'max_tolerable_downtime' in service 's8'" + how);
        }

        @Test
        void datesMustBeRealCalendarDays() throws IOException {
            String how = ": write a real date as YYYY-MM-DD";
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: a, type: plc, zone: cc, end_of_support: 2026-02-30}
                      - {id: b, type: plc, zone: cc, end_of_support: 26-01-01}
                      - {id: c, type: plc, zone: cc, end_of_support: 2028-02-29}
                    """)).containsExactly(
                    "model.yaml:4:50: invalid date '2026-02-30' for 'end_of_support' in asset 'a'" + how,
                    "model.yaml:5:50: invalid date '26-01-01' for 'end_of_support' in asset 'b'" + how);
        }

        @Test
        void leapDayIsAValidDate() throws IOException {
            Model model = valid("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: c, type: plc, zone: cc, end_of_support: 2028-02-29}
                    """);
            assertThat(model.asset("c").orElseThrow().endOfSupport()).isEqualTo(LocalDate.of(2028, 2, 29));
        }

        @Test
        void percentagesAreWrittenWithTheSignAndAtMostOneHundred() throws IOException {
            String how = ": write 0% to 100%, such as 60%";
            LoadResult result = load("""
                    services:
                      - {id: s1, fallback: {capacity: 60%}}
                      - {id: s2, fallback: {capacity: 160%}}
                      - {id: s3, fallback: {capacity: 60}}
                    """);
            assertThat(lines(result)).containsExactly(
                    "model.yaml:3:35: invalid percentage '160%' for 'capacity' in fallback of service 's2'" + how,
                    "model.yaml:4:35: invalid percentage '60' for 'capacity' in fallback of service 's3'" + how);
            assertThat(result.model().service("s1").orElseThrow().fallback().capacity()).isEqualTo(60.0);
        }

        @Test
        void goodIpAndMacAddressesAreKept() throws IOException {
            Model model = valid("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - id: a
                        type: plc
                        zone: cc
                        ips: [10.0.0.1, 10.0.0.0/24, "fe80::1", "2001:db8::1/64", "::ffff:10.0.0.1"]
                        macs: ["00:1b:1b:aa:bb:cc", "00-1B-1B-AA-BB-CC"]
                    """);
            Asset asset = model.asset("a").orElseThrow();
            assertThat(asset.ips()).containsExactly("10.0.0.1", "10.0.0.0/24", "fe80::1", "2001:db8::1/64", "::ffff:10.0.0.1");
            assertThat(asset.macs()).containsExactly("00:1b:1b:aa:bb:cc", "00-1B-1B-AA-BB-CC");
        }

        @Test
        void badIpAndMacAddressesAreReportedEachAtItsOwnColumn() throws IOException {
            String mac = ": write six hex pairs such as 00:1b:1b:aa:bb:cc";
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - id: b
                        type: plc
                        zone: cc
                        ips: [10.0.0.256, 10.0.0, 10.0.0.1/33, "fe80:::1", host.example]
                        macs: ["00:1b:1b:aa:bb", "00:1b-1b:aa:bb:cc", "gg:1b:1b:aa:bb:cc"]
                    """)).containsExactly(
                    "model.yaml:7:11: invalid IP address '10.0.0.256' for 'ips' in asset 'b'",
                    "model.yaml:7:23: invalid IP address '10.0.0' for 'ips' in asset 'b'",
                    "model.yaml:7:31: invalid IP address '10.0.0.1/33' for 'ips' in asset 'b'",
                    "model.yaml:7:44: invalid IP address 'fe80:::1' for 'ips' in asset 'b'",
                    "model.yaml:7:56: invalid IP address 'host.example' for 'ips' in asset 'b'",
                    "model.yaml:8:12: invalid MAC address '00:1b:1b:aa:bb' for 'macs' in asset 'b'" + mac,
                    "model.yaml:8:30: invalid MAC address '00:1b-1b:aa:bb:cc' for 'macs' in asset 'b'" + mac,
                    "model.yaml:8:51: invalid MAC address 'gg:1b:1b:aa:bb:cc' for 'macs' in asset 'b'" + mac);
        }

        @Test
        void wholeNumbersKeepTheirRanges() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot, target_sl: 5}
                    assets:
                      - {id: a, type: plc, zone: cc, spares: {on_hand: 1.5}}
                    connections:
                      - {id: c, from: internet, to: asset:a, ports: [502, 70000]}
                    """)).containsExactly(
                    "model.yaml:2:37: 'target_sl' in zone 'cc' must be between 1 and 4, found 5",
                    "model.yaml:4:52: 'on_hand' in spares of asset 'a' expects a whole number, found '1.5'",
                    "model.yaml:6:55: 'ports' in connection 'c' must be between 0 and 65535, found 70000");
        }

        @Test
        void flagsAreTrueOrFalseOrYesOrNo() throws IOException {
            Model model = valid("""
                    zones:
                      - {id: cc, domain: ot, flat: no}
                      - {id: hp, domain: ot, flat: yes}
                    """);
            assertThat(model.zones()).extracting(z -> z.flat()).containsExactly(false, true);
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot, flat: maybe}
                      - {id: hp, domain: ot, flat: Yes}
                    """)).containsExactly(
                    "model.yaml:2:32: 'flat' in zone 'cc' expects true or false (or yes or no), found 'maybe'",
                    "model.yaml:3:32: 'flat' in zone 'hp' expects true or false (or yes or no), found 'Yes'; "
                            + "did you mean 'yes' (true)?");
        }
    }

    @Nested
    class Dependencies {

        private static final String TWO_ASSETS = """
                zones:
                  - {id: cc, domain: ot}
                assets:
                  - {id: a, type: plc, zone: cc}
                  - {id: b, type: plc, zone: cc}
                services:
                """;

        @Test
        void atLeastMoreThanTheItemsCannotBeMet() throws IOException {
            assertThat(problems(TWO_ASSETS + """
                      - {id: s, requires: {at_least: 3, of: [asset:a, asset:b]}}
                    """)).containsExactly("model.yaml:7:34: at_least 3 of 2 in 'requires' cannot be met: "
                    + "k must be between 1 and the number of items (2)");
        }

        @Test
        void atLeastZeroIsMeaningless() throws IOException {
            assertThat(problems(TWO_ASSETS + """
                      - {id: s, requires: {at_least: 0, of: [asset:a]}}
                    """)).containsExactly("model.yaml:7:34: at_least 0 of 1 in 'requires' cannot be met: "
                    + "k must be between 1 and the number of items (1)");
        }

        @Test
        void unknownFormSuggestsTheRealOne() throws IOException {
            assertThat(problems(TWO_ASSETS + """
                      - {id: s, requires: {anyy: [asset:a]}}
                    """)).containsExactly("model.yaml:7:24: unknown dependency form 'anyy' in 'requires'; "
                    + "did you mean 'any'? (write a list, {any: [...]} or {at_least: k, of: [...]})");
        }

        @Test
        void twoFormsInOneMappingAreAmbiguous() throws IOException {
            assertThat(problems(TWO_ASSETS + """
                      - {id: s, requires: {any: [asset:a], at_least: 1, of: [asset:b]}}
                    """)).containsExactly("model.yaml:7:23: a dependency in 'requires' must be exactly one of "
                    + "{all: [...]}, {any: [...]} or {at_least: k, of: [...]}");
        }

        @Test
        void danglingReferenceInsideANestedExpressionIsFound() throws IOException {
            assertThat(problems(TWO_ASSETS + """
                      - {id: s, requires: {any: [asset:a, {at_least: 1, of: [asset:c]}]}}
                    """)).containsExactly("model.yaml:7:58: asset:c is not defined; did you mean asset:a?");
        }

        @Test
        void nestedExpressionsKeepTheirShape() throws IOException {
            Model model = valid(TWO_ASSETS + """
                      - {id: s, requires: [asset:a, {any: [asset:b, {at_least: 1, of: [asset:a, asset:b]}]}]}
                    """);
            org.otbridge.model.Dependency requires = model.service("s").orElseThrow().requires();
            assertThat(requires).isInstanceOf(org.otbridge.model.Dependency.AllOf.class);
            assertThat(requires.items()).hasSize(2);
            assertThat(requires.items().get(0)).isEqualTo(new org.otbridge.model.Dependency.On(
                    new Ref(RefKind.ASSET, "a", null), requires.items().get(0).at()));
            org.otbridge.model.Dependency any = requires.items().get(1);
            assertThat(any).isInstanceOf(org.otbridge.model.Dependency.AnyOf.class);
            assertThat(any.items().get(1)).isInstanceOfSatisfying(org.otbridge.model.Dependency.AtLeast.class,
                    atLeast -> {
                        assertThat(atLeast.count()).isEqualTo(1);
                        assertThat(atLeast.items()).hasSize(2);
                    });
        }

        @Test
        void twoElementCycleIsNamed() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: a, type: plc, zone: cc, requires: [asset:b]}
                      - {id: b, type: plc, zone: cc, requires: [asset:a]}
                    """)).containsExactly("model.yaml:4:45: cycle in requires: asset:a -> asset:b -> asset:a");
        }

        @Test
        void threeElementCycleThroughAssetServiceAndZoneIsNamedOnce() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot, requires: [service:s]}
                    assets:
                      - {id: c, type: plc, zone: cc, requires: [zone:cc]}
                    services:
                      - {id: s, requires: [asset:c]}
                    """)).containsExactly("model.yaml:2:37: cycle in requires: zone:cc -> service:s -> asset:c -> zone:cc");
        }

        @Test
        void selfLoopIsACycle() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: self, type: plc, zone: cc, requires: {any: [asset:self]}}
                    """)).containsExactly("model.yaml:4:54: cycle in requires: asset:self -> asset:self");
        }

        @Test
        void chainsAndDiamondsAreNotCycles() throws IOException {
            valid("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: top, type: scada-server, zone: cc, requires: [asset:left, asset:right]}
                      - {id: left, type: plc, zone: cc, requires: [asset:bottom]}
                      - {id: right, type: plc, zone: cc, requires: [asset:bottom]}
                      - {id: bottom, type: power-supply, zone: cc}
                    services:
                      - {id: s, requires: [asset:top, asset:bottom]}
                    """);
        }
    }

    @Nested
    class RequiredFields {

        @Test
        void missingRequiredFieldsAreReportedAtTheElement() throws IOException {
            assertThat(problems("""
                    zones:
                      - {name: No id, domain: ot}
                      - {id: cc}
                    assets:
                      - {id: a, zone: cc}
                    connections:
                      - {id: x}
                    """)).containsExactly(
                    "model.yaml:2:5: zone is missing the required field 'id'",
                    "model.yaml:3:5: zone 'cc' is missing the required field 'domain'",
                    "model.yaml:5:5: asset 'a' is missing the required field 'type'",
                    "model.yaml:7:5: connection 'x' is missing the required field 'from'",
                    "model.yaml:7:5: connection 'x' is missing the required field 'to'");
        }

        @Test
        void unitsAndPeopleWithoutIdAreReportedAndLeftOut() throws IOException {
            LoadResult result = load("""
                    organization:
                      units:
                        - {name: No id, discipline: it}
                      people:
                        - {name: Nobody}
                        - {id: anna, unit: opx}
                    """);
            assertThat(lines(result)).containsExactly(
                    "model.yaml:3:7: unit of organization is missing the required field 'id'",
                    "model.yaml:5:7: person of organization is missing the required field 'id'",
                    "model.yaml:6:24: unit:opx is not defined; no unit is defined");
            assertThat(result.model().organization().units()).isEmpty();
            assertThat(result.model().organization().people()).extracting(p -> p.id()).containsExactly("anna");
        }

        @Test
        void assetWithBothZoneAndZones() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    assets:
                      - {id: b, type: plc, zone: cc, zones: [cc]}
                    """)).containsExactly("model.yaml:4:34: asset 'b' has both zone and zones; give one");
        }

        @Test
        void assetWithNeitherZoneNorZones() throws IOException {
            assertThat(problems("""
                    assets:
                      - {id: c, type: plc}
                    """)).containsExactly("model.yaml:2:5: asset 'c' needs zone or zones");
        }

        @Test
        void sectionOfTheWrongShapeIsReported() throws IOException {
            assertThat(problems("""
                    assets: {id: a}
                    """)).containsExactly("model.yaml:1:9: 'assets' expects a list, found a mapping");
        }
    }

    @Nested
    class ControlParametersCheck {

        @Test
        void documentedParameterWithTheWrongTypeIsAnError() throws IOException {
            assertThat(problems("""
                    controls:
                      - {id: pw, kind: password-policy, min_length: long}
                    """)).containsExactly("model.yaml:2:49: 'min_length' in control 'pw' expects a whole number, found 'long'");
        }

        @Test
        void misspeltDocumentedParameterGetsDidYouMean() throws IOException {
            assertThat(problems("""
                    controls:
                      - {id: pw, kind: password-policy, min_lenght: 13}
                    """)).containsExactly("model.yaml:2:37: unknown field 'min_lenght' in control 'pw'; did you mean 'min_length'?");
        }

        @Test
        void misspeltParameterOfAnotherKindIsNotConfusedWithThisKind() throws IOException {
            // 'treshold' is close to account-lockout's 'threshold', not to any password-policy
            // parameter, so on a password policy it is a free parameter.
            Model model = valid("""
                    controls:
                      - {id: pw, kind: password-policy, treshold: 5}
                      - {id: lk, kind: account-lockout, threshold: 5}
                    """);
            assertThat(model.control("pw").orElseThrow().parameters()).containsEntry("treshold", 5L);
        }

        @Test
        void unrelatedFreeParametersAreKeptAndDocumentedOnesConverted() throws IOException {
            Model model = valid("""
                    controls:
                      - {id: pw, kind: password-policy, min_length: 13, vendor_ticket: X-1, tags: [a, 2], ratio: 0.5, audited: true}
                      - {id: lk, kind: account-lockout, threshold: 5, duration: 30m}
                      - {id: lk2, kind: account-lockout, duration: until-admin}
                      - {id: bk, kind: backup, scope: config, restore_tested: 2026-01-15}
                    """);
            Map<String, Object> pw = model.control("pw").orElseThrow().parameters();
            assertThat(pw).containsExactly(Map.entry("min_length", 13L), Map.entry("vendor_ticket", "X-1"),
                    Map.entry("tags", List.of("a", 2L)), Map.entry("ratio", 0.5), Map.entry("audited", true));
            assertThat(model.control("pw").orElseThrow().kind()).isEqualTo(ControlKind.PASSWORD_POLICY);
            assertThat(model.control("lk").orElseThrow().parameters())
                    .containsExactly(Map.entry("threshold", 5L), Map.entry("duration", Duration.ofMinutes(30)));
            assertThat(model.control("lk2").orElseThrow().parameters()).containsExactly(Map.entry("duration", "until-admin"));
            assertThat(model.control("bk").orElseThrow().parameters()).containsExactly(
                    Map.entry("scope", List.of("config")), Map.entry("restore_tested", LocalDate.of(2026, 1, 15)));
        }

        @Test
        void documentedWordParametersMustBeOneOfTheWords() throws IOException {
            assertThat(problems("""
                    controls:
                      - {id: vs, kind: vulnerability-scanning, mode: pasive}
                    """)).containsExactly("model.yaml:2:50: unknown mode 'pasive' in control 'vs'; did you mean 'passive'? "
                    + "(one of: active, passive, inventory-match)");
        }

        @Test
        void misspeltControlFieldIsNotTakenAsAParameter() throws IOException {
            assertThat(problems("""
                    zones:
                      - {id: cc, domain: ot}
                    controls:
                      - {id: lock, kind: screen-lock, timeout: 5m, aplies_to: [zone:cc]}
                    """)).containsExactly("model.yaml:4:48: unknown field 'aplies_to' in control 'lock'; did you mean 'applies_to'?");
        }
    }

    @Nested
    class FilesAndFolders {

        private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

        @Test
        void problemsAreSortedByFileLineAndColumnAcrossFilesAndChecks() {
            Path folder = FIXTURES.resolve("sorted");
            LoadResult result = new ModelLoader().load(folder);
            assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                    folder.resolve("a.yaml") + ":6:30: zone:cx is not defined; did you mean zone:cc?",
                    folder.resolve("a.yaml") + ":7:19: unknown type 'hmii' in asset 'c'; did you mean 'hmi'?",
                    folder.resolve("a.yaml") + ":7:35: unknown field 'colour' in asset 'c'",
                    folder.resolve("b.yaml") + ":2:5: zone 'dd' is missing the required field 'domain'",
                    folder.resolve("b.yaml") + ":4:45: asset:c2 is not defined; did you mean asset:c?");
        }

        @Test
        void emptyAndCommentOnlyFilesAreFine() throws IOException {
            write("m/empty.yaml", "");
            write("m/comments.yml", "# nothing here yet\n\n# still nothing\n");
            write("m/zones.yaml", "zones:\n  - {id: cc, domain: ot}\n");
            LoadResult result = new ModelLoader().load(dir.resolve("m"));
            assertThat(lines(result)).isEmpty();
            assertThat(result.model().files()).hasSize(3);
            assertThat(result.model().zones()).hasSize(1);
            assertThat(new ModelLoader().load(dir.resolve("m/empty.yaml")).ok()).isTrue();
            assertThat(new ModelLoader().load(dir.resolve("m/comments.yml")).ok()).isTrue();
        }

        @Test
        void hiddenFilesAndFoldersAreNotPartOfTheModel() throws IOException {
            write("m/zones.yaml", "zones:\n  - {id: cc, domain: ot}\n");
            write("m/.draft.yaml", "zones: [{id: cc, domain: ot}]\n");
            write("m/.git/config.yaml", "not: [a, model\n");
            LoadResult result = new ModelLoader().load(dir.resolve("m"));
            assertThat(lines(result)).isEmpty();
            assertThat(result.model().files()).containsExactly(dir.resolve("m/zones.yaml").toString());
        }

        @Test
        void fileWhoseRootIsAListIsACleanError() throws IOException {
            assertThat(problems("- id: a\n- id: b\n")).containsExactly("model.yaml:1:1: a model must be a mapping of sections (organization, services, zones, assets, ...), found a list");
        }

        @Test
        void fileWhoseRootIsTextIsACleanError() throws IOException {
            assertThat(problems("just some words\n")).containsExactly("model.yaml:1:1: a model must be a mapping of sections (organization, services, zones, assets, ...), found text");
        }

        @Test
        void sectionsAreMergedAcrossFilesInFileOrder() {
            Path folder = FIXTURES.resolve("merged");
            LoadResult result = new ModelLoader().load(folder);
            assertThat(result.problems()).isEmpty();
            Model model = result.model();
            assertThat(model.files()).containsExactly(folder.resolve("01-org.yaml").toString(),
                    folder.resolve("02-zones.yaml").toString(), folder.resolve("sub/03-assets.yml").toString());
            assertThat(model.name()).isEqualTo("Merged Utility");
            assertThat(model.organization().units()).extracting(u -> u.id()).containsExactly("ops", "it");
            assertThat(model.zones()).extracting(z -> z.id()).containsExactly("cc", "corp");
            assertThat(model.assets()).extracting(a -> a.id()).containsExactly("plc-1", "scada-1", "erp-1");
            // Where each element came from survives the merge.
            assertThat(model.asset("scada-1").orElseThrow().at())
                    .isEqualTo(new SourcePosition(folder.resolve("02-zones.yaml").toString(), 8, 5));
            assertThat(model.asset("erp-1").orElseThrow().at())
                    .isEqualTo(new SourcePosition(folder.resolve("sub/03-assets.yml").toString(), 2, 5));
        }

        @Test
        void organizationNameConflictAcrossFilesIsReported() {
            Path folder = FIXTURES.resolve("org-conflict");
            LoadResult result = new ModelLoader().load(folder);
            assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                    folder.resolve("b.yaml") + ":2:3: organization name 'Nordvik Energy' differs from 'Nordvik Energi' given in "
                            + folder.resolve("a.yaml") + ":2");
        }

        @Test
        void theSameOrganizationNameInTwoFilesIsFine() throws IOException {
            write("m/a.yaml", "organization:\n  name: One\n  units: [{id: it, discipline: it}]\n");
            write("m/b.yaml", "organization:\n  name: One\n  units: [{id: ops, discipline: operations}]\n");
            LoadResult result = new ModelLoader().load(dir.resolve("m"));
            assertThat(lines(result)).isEmpty();
            assertThat(result.model().organization().units()).hasSize(2);
        }

        @Test
        void modelsReadFromSourcesNameFilesAsGiven() {
            LoadResult result = new ModelLoader().load(List.of(
                    new ModelSource("(bundled)/a.yaml", "zones:\n  - {id: cc, domain: ot}\n"),
                    new ModelSource("(bundled)/b.yaml", "assets:\n  - {id: a, type: plc, zone: cx}\n")));
            assertThat(result.problems()).extracting(Problem::toString)
                    .containsExactly("(bundled)/b.yaml:2:30: zone:cx is not defined; did you mean zone:cc?");
        }
    }

    @Nested
    class ValidModel {

        private final Path file = Path.of("src", "test", "resources", "fixtures", "valid", "model.yaml");

        private Model model() {
            LoadResult result = new ModelLoader().load(file);
            assertThat(result.problems()).isEmpty();
            return result.model();
        }

        private SourcePosition at(int line, int column) {
            return new SourcePosition(file.toString(), line, column);
        }

        @Test
        void recordsCarryTheValuesWritten() {
            Model model = model();
            assertThat(model.name()).isEqualTo("Test Utility");
            var heat = model.service("heat").orElseThrow();
            assertThat(heat.name()).isEqualTo("District heating");
            assertThat(heat.impact().safety()).isEqualTo(org.otbridge.model.ImpactLevel.HIGH);
            assertThat(heat.impact().supply()).isEqualTo(org.otbridge.model.ImpactLevel.CRITICAL);
            assertThat(heat.impact().environment()).isEqualTo(org.otbridge.model.ImpactLevel.NONE);
            assertThat(heat.maxTolerableDowntime()).isEqualTo(Duration.ofHours(4));
            assertThat(heat.fallback().capacity()).isEqualTo(60.0);
            assertThat(heat.fallback().sustainableFor()).isEqualTo(Duration.ofHours(24));
            assertThat(heat.fallback().lastTested()).isEqualTo(LocalDate.of(2026, 3, 1));

            var hmi = model.asset("hmi-1").orElseThrow();
            assertThat(hmi.type()).isEqualTo(org.otbridge.model.AssetType.HMI);
            assertThat(hmi.version()).isEqualTo("7.5");
            assertThat(model.asset("plc-1").orElseThrow().version()).as("numbers in text fields are kept as written")
                    .isEqualTo("2.10");
            assertThat(hmi.usage()).containsExactlyInAnyOrder(org.otbridge.model.UsageTag.OPERATOR_STATION,
                    org.otbridge.model.UsageTag.SHIFT_OPERATED);
            assertThat(hmi.owner()).isEqualTo(Ref.of(RefKind.PERSON, "anna"));
            assertThat(hmi.spares().onHand()).isEqualTo(1);
            assertThat(hmi.spares().leadTime()).isEqualTo(Duration.ofDays(84));
            assertThat(hmi.backup().exists()).isTrue();
            assertThat(hmi.backup().lastRestoreTest()).isEqualTo(LocalDate.of(2025, 11, 1));
            assertThat(hmi.internetExposed()).isFalse();

            var vendor = model.connection("vendor-ra").orElseThrow();
            assertThat(vendor.from()).isEqualTo(Ref.of(RefKind.SUPPLIER, "acme"));
            assertThat(vendor.to()).isEqualTo(Ref.of(RefKind.ASSET, "scada-a"));
            assertThat(vendor.protocol()).isEqualTo(org.otbridge.model.Protocol.TEAMVIEWER);
            assertThat(vendor.ports()).containsExactly(5938);
            assertThat(vendor.auth()).isEqualTo(org.otbridge.model.AuthMethod.PASSWORD);
            assertThat(vendor.encrypted()).isTrue();
            assertThat(vendor.alwaysOn()).isTrue();
            assertThat(vendor.expires()).isEqualTo(LocalDate.of(2027, 1, 1));

            var acme = model.supplier("acme").orElseThrow();
            assertThat(acme.supportSla()).isEqualTo(Duration.ofHours(8));
            assertThat(acme.singleSource()).isTrue();
            assertThat(acme.provides()).containsExactly("remote-support", "software");
        }

        @Test
        void defaultsApplyWhereTheModelIsSilent() {
            Model model = model();
            assertThat(model.zone("cc").orElseThrow().flat()).as("zone.flat defaults to true").isTrue();
            assertThat(model.zone("north").orElseThrow().flat()).isFalse();
            assertThat(model.zone("cc").orElseThrow().targetSl()).isEqualTo(2);
            assertThat(model.zone("north").orElseThrow().targetSl()).isNull();
            assertThat(model.connection("scada-plc").orElseThrow().initiator())
                    .as("initiator defaults to from").isEqualTo(org.otbridge.model.Initiator.FROM);
            assertThat(model.connection("vendor-ra").orElseThrow().initiator()).isEqualTo(org.otbridge.model.Initiator.BOTH);
            assertThat(model.connection("scada-plc").orElseThrow().auth()).as("auth unknown when not given").isNull();
            assertThat(model.connection("scada-plc").orElseThrow().encrypted()).isNull();
            assertThat(model.connection("scada-plc").orElseThrow().alwaysOn()).isFalse();
            assertThat(model.service("water").orElseThrow().impact()).isEqualTo(org.otbridge.model.Impact.NONE);
            assertThat(model.service("water").orElseThrow().fallback()).isNull();
            assertThat(model.service("water").orElseThrow().requires().items()).isEmpty();
            assertThat(model.service("water").orElseThrow().name()).as("name defaults to the id").isEqualTo("water");
            assertThat(model.asset("plc-1").orElseThrow().usage()).isEmpty();
            assertThat(model.supplier("acme").orElseThrow().contractOwner()).isEqualTo(Ref.of(RefKind.PERSON, "anna"));
        }

        @Test
        void elementsKnowWhereTheyWereWritten() {
            Model model = model();
            assertThat(model.service("heat").orElseThrow().at()).isEqualTo(at(10, 5));
            assertThat(model.zone("cc").orElseThrow().at()).isEqualTo(at(19, 5));
            assertThat(model.asset("hmi-1").orElseThrow().at()).isEqualTo(at(23, 5));
            assertThat(model.asset("plc-1").orElseThrow().at()).isEqualTo(at(37, 5));
            assertThat(model.connection("vendor-ra").orElseThrow().at()).isEqualTo(at(41, 5));
            assertThat(model.organization().people().get(0).at()).isEqualTo(at(7, 7));
            // References remember where they were written, for problems that point at them.
            assertThat(model.asset("hmi-1").orElseThrow().zones().get(0).at()).isEqualTo(at(26, 11));
            assertThat(model.connection("vendor-ra").orElseThrow().to().at()).isEqualTo(at(43, 9));
        }

        @Test
        void lookupsAndCountsCoverEverySection() {
            Model model = model();
            assertThat(model.counts()).containsExactly(Map.entry("assets", 3), Map.entry("zones", 2),
                    Map.entry("connections", 2), Map.entry("services", 2), Map.entry("suppliers", 1),
                    Map.entry("controls", 1), Map.entry("people", 1), Map.entry("units", 2),
                    Map.entry("responsibilities", 1), Map.entry("scenarios", 1), Map.entry("exceptions", 1));
            assertThat(model.contains(Ref.of(RefKind.ASSET, "scada-a"))).isTrue();
            assertThat(model.contains(Ref.of(RefKind.ASSET, "scada-b"))).isFalse();
            assertThat(model.contains(Ref.of(RefKind.PROGRAM, "ot-security"))).isTrue();
            assertThat(model.exceptions().get(0).expires()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(model.scenarios().get(0).compromise()).containsExactly(Ref.of(RefKind.ZONE, "north"));
        }
    }
}
