package lab.minimax.ui.assignment;

import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.Set;
import lab.minimax.assignment.Assignment;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.link.LinkReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab link of an assignment reads back as its config, with its locks hidden and its bar flagged. */
class AssignmentLinkTest {
    @Test
    void theLinkOpensTheAssignmentsConfigWithItsLocksAndWaysAroundThemHidden() {
        var preset = Presets.get("grid25-wgan-gp-small");
        Assignment a = new Assignment("abcdefghijklmnopqrstuv", "classAAAAAAAAAAAAAAAAA", "Grid", preset.id(),
                ConfigJson.write(preset.config()), Set.of("target", "objective"), 3000, "modesCovered>=20",
                Instant.EPOCH, Instant.EPOCH.plusSeconds(3600), false, Instant.EPOCH);
        LinkReader.Read read = LinkReader.lab(QueryParameters.fromString(AssignmentView.labQuery(a)).getParameters(),
                Limits.DEFAULTS);
        assertTrue(read.errors().isEmpty(), read.errors().toString());
        assertEquals(preset.config(), read.state().config());
        assertEquals(Set.of("target", "objective", "preset", "transfer", "draw"), read.state().flags().hide());
        assertEquals(java.util.List.of(a.id()), read.state().flags().other().get(AssignmentView.FLAG));

        Assignment open = new Assignment(a.id(), a.classId(), a.title(), a.preset(), a.configJson(), Set.of(), 3000,
                a.criteria(), a.opensAt(), a.dueAt(), false, a.createdAt());
        assertTrue(LinkReader.lab(QueryParameters.fromString(AssignmentView.labQuery(open)).getParameters(),
                Limits.DEFAULTS).state().flags().hide().isEmpty(), "nothing locked, nothing hidden");
    }
}
