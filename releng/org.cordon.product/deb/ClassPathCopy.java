import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the jars of a folder without their module descriptors, for jdeps: it analyses a jar with
 * a module-info.class as a module and then wants the modules it requires, while Cordon runs every
 * jar as an OSGi bundle on no module path at all. Run by package-desk.sh with the JDK's source
 * launcher: java ClassPathCopy.java FROM_FOLDER TO_FOLDER
 */
public class ClassPathCopy {
	public static void main(String[] arguments) throws IOException {
		Path from = Path.of(arguments[0]);
		Path to = Files.createDirectories(Path.of(arguments[1]));
		try (var jars = Files.newDirectoryStream(from, "*.jar")) {
			for (Path jar : jars) {
				try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
						ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to.resolve(jar.getFileName())))) {
					for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
						String name = entry.getName();
						if (name.equals("module-info.class") || name.startsWith("META-INF/versions/") && name.endsWith("/module-info.class")) {
							continue;
						}
						out.putNextEntry(new ZipEntry(name));
						in.transferTo(out);
						out.closeEntry();
					}
				}
			}
		}
	}
}
