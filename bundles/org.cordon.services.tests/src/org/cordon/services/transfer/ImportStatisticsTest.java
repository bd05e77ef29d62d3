package org.cordon.services.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.cordon.persistence.CordonDatabase;
import org.cordon.persistence.DatabaseSettings;
import org.cordon.persistence.MappedColumns;
import org.cordon.model.screening.KeyPerson;
import org.cordon.model.screening.Quarantine;
import org.cordon.services.transfer.TransferService.KindFile;
import org.cordon.io.file.RecordFiles;
import org.cordon.tests.common.OsgiServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.EntityManager;

/**
 * An import leaves the optimizer's statistics of the tables it filled (TableStatistics), so that
 * no desk's first read waits for Derby's daemon to compute them. Derby's daemon itself never makes
 * them for a table of under 100 rows, so the few rows here have statistics only if the import made
 * them. (Derby keeps none for an index of one unique column, so the tables are those with others.)
 */
class ImportStatisticsTest {

	@TempDir
	Path temp;

	private CordonDatabase database;
	private TransferService transfer;

	@BeforeEach
	void emptyDatabase() {
		database = OsgiServices.await(CordonDatabase.class);
		database.open(DatabaseSettings.embedded(temp.resolve("data")));
		transfer = OsgiServices.await(TransferService.class);
	}

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void anImportedFileLeavesTheStatisticsOfItsTable() throws Exception {
		transfer.importFile("townships", townships());
		assertEquals(0, statisticsOf(KeyPerson.class), "no key person yet, so no statistics");
		transfer.importFile("key-persons", keyPersons());
		assertTrue(statisticsOf(KeyPerson.class) > 0, "the key persons' indexes of township and community have statistics after their import");
		assertEquals(0, statisticsOf(Quarantine.class), "a table the import did not write keeps none");
	}

	@Test
	void importingSeveralFilesLeavesTheStatisticsOfEachTable() throws Exception {
		transfer.importAll(List.of(new KindFile("townships", RecordFiles.read(townships())), new KindFile("key-persons", RecordFiles.read(keyPersons())),
				new KindFile("quarantines", RecordFiles.read(Files.writeString(temp.resolve("quarantines.csv"),
						"code,key_person,kind,start,end,place\nQ-001,KP-001,home,2020-01-21,2020-02-04,家中\n")))));
		assertTrue(statisticsOf(KeyPerson.class) > 0, "key persons");
		assertTrue(statisticsOf(Quarantine.class) > 0, "quarantines");
	}

	private Path townships() throws Exception {
		return Files.writeString(temp.resolve("townships.csv"), "code,name,kind,order\nT-01,临泉镇,town,1\nT-02,城关镇,town,2\n");
	}

	private Path keyPersons() throws Exception {
		return Files.writeString(temp.resolve("key-persons.csv"), "code,name,category,origin,township,community,arrived,phone\n"
				+ "KP-001,重点人员1,student,湖北武汉,T-01,,2020-01-20,\nKP-002,重点人员2,student,湖北武汉,T-02,,2020-01-21,\n");
	}

	/** The rows of Derby's statistics for the table of {@code type}. */
	private int statisticsOf(Class<?> type) throws SQLException {
		EntityManager em = database.entityManagerFactory().createEntityManager();
		try {
			em.getTransaction().begin();
			try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(
					"SELECT COUNT(*) FROM SYS.SYSSTATISTICS s JOIN SYS.SYSTABLES t ON s.TABLEID = t.TABLEID WHERE t.TABLENAME = ?")) {
				query.setString(1, MappedColumns.table(em, type));
				try (ResultSet count = query.executeQuery()) {
					count.next();
					return count.getInt(1);
				}
			} finally {
				em.getTransaction().rollback();
			}
		} finally {
			em.close();
		}
	}
}
