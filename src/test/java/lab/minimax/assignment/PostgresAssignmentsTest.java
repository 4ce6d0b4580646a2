package lab.minimax.assignment;

/** {@link AssignmentsContract} on the tests' PostgreSQL. */
class PostgresAssignmentsTest extends AssignmentsContract {
    @Override
    ClassroomDb database() {
        return ClassroomDb.postgres();
    }
}
