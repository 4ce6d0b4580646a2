package lab.minimax.assignment;

/** {@link AssignmentsContract} on the embedded H2. */
class H2AssignmentsTest extends AssignmentsContract {
    @Override
    ClassroomDb database() {
        return ClassroomDb.h2();
    }
}
