package org.otbridge.model;

import java.time.LocalDate;

/** Whether an asset is backed up, and when a restore was last proven. */
public record Backup(boolean exists, LocalDate lastRestoreTest, SourcePosition at) {
}
