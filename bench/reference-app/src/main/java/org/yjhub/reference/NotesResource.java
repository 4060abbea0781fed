package org.yjhub.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The reference app's one resource: a read behind a token, like every service endpoint. */
@Path("/api/v1/notes")
public class NotesResource {

    /** A note as the API shows it. */
    public record NoteView(long id, String text) {
    }

    @GET
    @RolesAllowed({"authority", "inspector", "analyst", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listNotes", summary = "Every note")
    public List<NoteView> listNotes() {
        return Note.<Note>listAll().stream().map(n -> new NoteView(n.id, n.text)).toList();
    }
}
