package lab.minimax.classroom;

/** {@link ClassesContract} on an H2 in-memory database migrated by Flyway. */
class H2ClassesTest extends ClassesContract {
    @Override
    ClassroomDb open() {
        return ClassroomDb.h2();
    }
}
