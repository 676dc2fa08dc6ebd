import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar of the packaged service with its entries stored rather than deflated: the
 * class loader then reads each class's bytes as they are instead of inflating them, which the
 * start does for every class it loads, archived ones included (README "JVM settings").
 *
 * <p>Run at {@code package} as {@code java StoreJars.java <quarkus-app directory>}, before the
 * class archive is written. Entries keep their names, order, times and comments; a jar whose
 * entries are all stored already is left as it is, so running it twice changes nothing.
 */
public final class StoreJars {

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            throw new IllegalArgumentException("usage: java StoreJars.java <quarkus-app directory>");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.walk(Path.of(arguments[0]))) {
            jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
        long before = 0;
        long after = 0;
        for (Path jar : jars) {
            before += Files.size(jar);
            if (hasDeflatedEntries(jar)) {
                store(jar);
            }
            after += Files.size(jar);
        }
        System.out.printf("stored jars: %d jars, %d MB deflated, %d MB stored%n", jars.size(), before >> 20, after >> 20);
    }

    private static boolean hasDeflatedEntries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getMethod() != ZipEntry.STORED);
        }
    }

    private static void store(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile zip = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry : zip.stream().toList()) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(content);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(content.length);
                copy.setCompressedSize(content.length);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                copy.setComment(entry.getComment());
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
