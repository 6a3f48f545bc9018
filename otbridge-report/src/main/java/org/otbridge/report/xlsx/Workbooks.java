package org.otbridge.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets as an XLSX workbook, streaming rows to disk so a result of any size fits in
 * memory: a bold, frozen header row and an autofilter over every sheet's columns. Strings are
 * always written as text, never as formulas, whatever they start with.
 */
final class Workbooks {

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL = 32_767;
    private static final int ROWS_IN_MEMORY = 200;

    private Workbooks() {
    }

    static void write(List<Sheet<?>> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (Sheet<?> sheet : sheets) {
                fill(workbook.createSheet(sheet.name()), sheet, header);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }

    private static <T> void fill(SXSSFSheet target, Sheet<T> sheet, CellStyle header) {
        List<Sheet.Column> columns = sheet.columns();
        Row heading = target.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = heading.createCell(c);
            cell.setCellValue(columns.get(c).heading());
            cell.setCellStyle(header);
            target.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        int r = 1;
        for (T item : sheet.rows()) {
            Row row = target.createRow(r++);
            List<Object> cells = sheet.cells().apply(item);
            for (int c = 0; c < cells.size(); c++) {
                set(row.createCell(c), cells.get(c));
            }
        }
        target.createFreezePane(0, 1);
        target.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    }

    private static void set(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                cell.setCellValue(d);
            } else {
                cell.setBlank();
            }
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 3) + "..." : text);
        }
    }
}
