package lab.minimax.ui.lab;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.live.EngineLiveRunFixture;
import org.junit.jupiter.api.AfterEach;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Fixture of the lab-page tests with a factory of their own (the server's limits): opens the page, cleans up. */
abstract class LabPageFixture extends EngineLiveRunFixture {
    @AfterEach
    void tearDown() {
        registry.stopAll("test over");
        EngineLiveRunFactory.useStandalone(null);
        if (UI.getCurrent() != null) {
            MockVaadin.tearDown();
        }
    }

    /** The lab page at {@code ?query}, its runs made by {@code factory}. */
    LabView open(EngineLiveRunFactory factory, String query) {
        EngineLiveRunFactory.useStandalone(factory);
        MockVaadin.setup(new Routes().autoDiscoverViews("lab.minimax.ui"));
        UI.getCurrent().navigate(LabView.class, QueryParameters.fromString(query));
        return _get(LabView.class);
    }
}
