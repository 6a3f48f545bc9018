package org.otbridge.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.report.Fixtures;
import org.otbridge.report.JsonReport;
import org.otbridge.report.WhatIfReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The workbook opens with Apache POI and holds as many rows per sheet as the JSON has entries. */
class XlsxReportTest {

    private static final Assessment EXAMPLE = Fixtures.bundled();

    @Test
    void everySheetHoldsTheSameCountAsTheJson() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new XlsxReport().write(EXAMPLE, bytes);
        JsonNode json = JsonMapper.builder().build().readTree(new JsonReport().toJson(EXAMPLE));
        Map<String, JsonNode> sections = Map.ofEntries(
                Map.entry("Findings", json.get("findings")),
                Map.entry("Meeting points", json.get("meeting_points")),
                Map.entry("Attack paths", json.get("attack_paths")),
                Map.entry("Shortcuts", json.get("shortcuts")),
                Map.entry("Failure impact", json.get("failure_impact")),
                Map.entry("Single points of failure", json.get("single_points_of_failure")),
                Map.entry("Cut sets", json.get("cut_sets")),
                Map.entry("RACI", json.get("raci").get("rows")),
                Map.entry("Problems", json.get("problems")),
                Map.entry("Actions", json.get("actions")),
                Map.entry("Scorecard", json.get("scorecard")),
                Map.entry("Outages", json.get("outages")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (Map.Entry<String, JsonNode> section : sections.entrySet()) {
                XSSFSheet sheet = workbook.getSheet(section.getKey());
                assertThat(sheet).as(section.getKey()).isNotNull();
                assertThat(section.getValue().size()).as(section.getKey() + " has rows in the example").isPositive();
                assertThat(sheet.getLastRowNum()).as(section.getKey()).isEqualTo(section.getValue().size());
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            }
            Sheet findings = workbook.getSheet("Findings");
            for (int i = 0; i < json.get("findings").size(); i++) {
                assertThat(findings.getRow(i + 1).getCell(0).getStringCellValue())
                        .isEqualTo(json.get("findings").get(i).get("id").stringValue());
            }
            Sheet raci = workbook.getSheet("RACI");
            assertThat((int) raci.getRow(0).getLastCellNum()).isEqualTo(json.get("raci").get("parties").size() + 2);
        }
    }

    @Test
    void withACaptureTheObservedHostsFlowsAndConnectionsHaveSheets() throws IOException {
        Assessment assessment = Fixtures.withDrift();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new XlsxReport().write(assessment, bytes);
        JsonNode drift = JsonMapper.builder().build().readTree(new JsonReport().toJson(assessment)).get("drift");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (Map.Entry<String, String> sheet : Map.of("Observed hosts", "hosts", "Observed flows", "flows",
                    "Observed connections", "connections").entrySet()) {
                assertThat(workbook.getSheet(sheet.getKey()).getLastRowNum()).as(sheet.getKey())
                        .isEqualTo(drift.get(sheet.getValue()).size()).isPositive();
            }
            Sheet flows = workbook.getSheet("Observed flows");
            assertThat(flows.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(drift.get("flows").get(0).get("client").stringValue());
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new XlsxReport().write(EXAMPLE, plain);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(plain.toByteArray()))) {
            assertThat(workbook.getSheet("Observed flows")).as("no capture, no drift sheets").isNull();
        }
    }

    @Test
    void aWhatIfWorkbookOpens() throws IOException {
        WhatIf whatIf = new WhatIf(new SiteFacts(EXAMPLE.model()));
        var scenario = whatIf.scenario("teamviewer-abuse").orElseThrow();
        var result = whatIf.run(scenario);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new WhatIfXlsx().write(new WhatIfReport(EXAMPLE.model(), scenario, result), bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(workbook.getSheet("Reached").getLastRowNum()).isEqualTo(result.reachedCount());
            assertThat(workbook.getSheet("Services at risk").getLastRowNum()).isEqualTo(result.servicesAtRisk().size());
        }
    }
}
