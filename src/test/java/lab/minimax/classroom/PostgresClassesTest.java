package lab.minimax.classroom;

/** {@link ClassesContract} on the tests' PostgreSQL, in a schema of its own (dropped afterwards). */
class PostgresClassesTest extends ClassesContract {
    @Override
    ClassroomDb open() {
        return ClassroomDb.postgres();
    }
}
