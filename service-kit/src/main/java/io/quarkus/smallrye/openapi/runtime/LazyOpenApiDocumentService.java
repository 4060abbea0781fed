package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares the OpenAPI document when {@code /q/openapi} is first asked for, not while the service starts. Quarkus
 * 3.37.1 parses the document it wrote at build time and writes it out again as JSON and as YAML on the main thread
 * before the HTTP server answers: for a service's document (100–540 KB) that is a sixth of its start-up, and nothing
 * needs it then. Quarkus does the same on first request from quarkusio/quarkus#55538 on; delete this class when the
 * platform has it. It must sit in Quarkus' package because the method it defers is package-private; the document
 * itself, and every filter that builds it, are unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    /** The documents Quarkus asked to prepare at start-up (one per document name), not yet prepared. */
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filters, String documentName) {
        pending.add(() -> super.prepareDocument(autoSecurityFilter, filters, documentName));
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        prepareOnce();
        return super.getDocument(documentName, format);
    }

    private synchronized void prepareOnce() {
        pending.forEach(Runnable::run);
        pending.clear();
    }
}
