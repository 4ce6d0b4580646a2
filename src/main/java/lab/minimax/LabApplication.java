package lab.minimax;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application and Vaadin's app shell (server push is switched on here). */
@SpringBootApplication
@Push(PushMode.MANUAL)
public class LabApplication implements AppShellConfigurator {
}
