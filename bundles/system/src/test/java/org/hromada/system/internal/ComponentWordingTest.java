package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

class ComponentWordingTest {

    @Test
    void unsatisfiedReferenceNamesTheServiceAndTarget() {
        ComponentDescriptionDTO notes = description("org.example.NotesResource");
        ReferenceDTO store = new ReferenceDTO();
        store.name = "store";
        store.interfaceName = "org.example.NoteStore";
        notes.references = new ReferenceDTO[] {store};
        UnsatisfiedReferenceDTO missing = new UnsatisfiedReferenceDTO();
        missing.name = "store";
        missing.target = "(kind=db)";
        ComponentConfigurationDTO configuration = configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {missing};
        assertEquals(List.of("component org.example.NotesResource waits for service org.example.NoteStore matching (kind=db)"),
                ComponentWording.problems(notes, true, List.of(configuration)));
    }

    @Test
    void failedActivationGivesTheFirstLineOfTheFailure() {
        ComponentConfigurationDTO configuration = configuration(ComponentConfigurationDTO.FAILED_ACTIVATION);
        configuration.failure = "java.lang.IllegalStateException: no database\n\tat org.example.Store.activate(Store.java:12)\n";
        assertEquals(List.of("component org.example.Store failed to start: java.lang.IllegalStateException: no database"),
                ComponentWording.problems(description("org.example.Store"), true, List.of(configuration)));
    }

    @Test
    void activeAndSatisfiedComponentsHaveNoProblem() {
        ComponentDescriptionDTO description = description("org.example.Fine");
        assertEquals(List.of(), ComponentWording.problems(description, true, List.of(
                configuration(ComponentConfigurationDTO.ACTIVE), configuration(ComponentConfigurationDTO.SATISFIED))));
    }

    @Test
    void disabledAndConfigurationWaitingComponents() {
        ComponentDescriptionDTO description = description("org.example.Mail");
        assertEquals(List.of("component org.example.Mail is disabled"),
                ComponentWording.problems(description, false, List.of()));
        description.configurationPolicy = "require";
        description.configurationPid = new String[] {"org.example.mail"};
        assertEquals(List.of("component org.example.Mail waits for its configuration org.example.mail"),
                ComponentWording.problems(description, true, List.of()));
        description.configurationPolicy = "optional";
        assertEquals(List.of(), ComponentWording.problems(description, true, List.of()));
    }

    private static ComponentDescriptionDTO description(String name) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        description.configurationPolicy = "optional";
        description.references = new ReferenceDTO[0];
        return description;
    }

    private static ComponentConfigurationDTO configuration(int state) {
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.state = state;
        return configuration;
    }
}
