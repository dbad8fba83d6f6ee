package vn.onedoor.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** Base for tests that need a real MariaDB database of their own, migrated by Flyway. */
public interface DatabaseTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }
}
