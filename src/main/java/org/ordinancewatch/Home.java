package org.ordinancewatch;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder the app reads {@code scrapers/} and {@code config/} from: {@code ow.home} (environment {@code OW_HOME}),
 * by default the working directory. Relative paths in {@code ow.sources.dir}, {@code ow.seed.*} and
 * {@code ow.topics.file} are read from there, so the jar can be started from any folder.
 */
@Singleton
public class Home {

    private final Path root;
    private final boolean workingDirectory;

    public Home(@ConfigProperty(name = "ow.home", defaultValue = ".") String home) {
        if (home.isBlank()) {
            throw new IllegalStateException("ow.home is blank: set it to the folder holding scrapers/ and config/");
        }
        this.root = Path.of(home);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("ow.home: '" + home + "' (" + root.toAbsolutePath().normalize()
                    + ") is not a folder; set ow.home or OW_HOME to the folder holding scrapers/ and config/");
        }
        this.workingDirectory = root.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath().normalize());
    }

    /** A configured path: absolute as given, relative read from the home folder. */
    public Path resolve(String configured) {
        Path path = Path.of(configured);
        // Paths stay as configured when home is the working directory, so file names in messages and in
        // recorded reasons ("curator:config/measures.csv line 4") read as before.
        return path.isAbsolute() || workingDirectory ? path : root.resolve(path);
    }

    public Path root() {
        return root.toAbsolutePath().normalize();
    }
}
