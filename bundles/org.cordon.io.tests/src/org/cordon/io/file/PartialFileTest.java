package org.cordon.io.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import org.cordon.io.csv.CsvOutput;
import org.cordon.io.transfer.CellType.Shape;
import org.cordon.io.xlsx.SheetColumn;
import org.cordon.io.xlsx.SheetLayout;
import org.cordon.io.xlsx.XlsxOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartialFileTest {

	@TempDir
	Path temp;

	@Test
	void aCompleteExportIsInPlaceAndReadableByOthersAsASavedFileIs() throws Exception {
		Path csv = temp.resolve("out.csv");
		try (CsvOutput output = CsvOutput.create(csv, List.of("code"))) {
			output.row("T-01");
			output.complete();
		}
		Path xlsx = temp.resolve("out.xlsx");
		try (XlsxOutput output = XlsxOutput.create(xlsx, new SheetLayout("乡镇", List.of(SheetColumn.plain("code", Shape.CODE))))) {
			output.row("T-01");
			output.complete();
		}
		for (Path file : List.of(csv, xlsx)) {
			assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ), file + " is readable by others");
		}
		assertEquals(List.of("out.csv", "out.xlsx"), names());
	}

	@Test
	void anExportThatFailsLeavesTheOldFileAndNothingElse() throws Exception {
		Path xlsx = Files.writeString(temp.resolve("out.xlsx"), "the old file");
		assertThrows(IllegalStateException.class, () -> {
			try (XlsxOutput output = XlsxOutput.create(xlsx, new SheetLayout("乡镇", List.of(SheetColumn.plain("code", Shape.CODE))))) {
				output.row("T-01");
				throw new IllegalStateException("the database went away");
			}
		});
		assertEquals("the old file", Files.readString(xlsx));
		assertEquals(List.of("out.xlsx"), names());
		assertFalse(Files.list(temp).anyMatch(f -> f.getFileName().toString().endsWith(".partial")));
	}

	private List<String> names() throws Exception {
		try (var files = Files.list(temp)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
