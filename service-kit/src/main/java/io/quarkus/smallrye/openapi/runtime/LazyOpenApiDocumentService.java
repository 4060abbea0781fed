package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.inject.Vetoed;
import org.eclipse.microprofile.config.ConfigProvider;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares the OpenAPI document when {@code /q/openapi} is first asked for, not while the service starts. Quarkus
 * 3.37.1 parses the document it wrote at build time and writes it out again as JSON and as YAML on the main thread
 * before the HTTP server answers: for a service's document (100–540 KB) that is a sixth of its start-up, and nothing
 * needs it then. Quarkus does the same on first request from quarkusio/quarkus#55538 on; delete this class (and
 * {@code org.yjhub.kit.openapi.OpenApiDocuments}) when the platform has it. It sits in Quarkus' package because the
 * method it defers is package-private; the document, and every filter that builds it, are unchanged.
 * <p>
 * Made by a producer, not injected: where this class and Quarkus' come from different class loaders (service-kit's
 * own tests) the JVM lets it neither override nor inject the package-private members, so Quarkus' method runs at
 * start-up as before, and the config field it reads is set here by reflection.
 */
@Vetoed
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    /** The documents Quarkus asked to prepare at start-up (one per document name), not yet prepared. */
    private final List<Runnable> pending = new ArrayList<>();

    public LazyOpenApiDocumentService() {
        try {
            Field config = OpenApiDocumentService.class.getDeclaredField("config");
            config.setAccessible(true);
            config.set(this, ConfigProvider.getConfig());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Quarkus' OpenApiDocumentService has changed: remove this class", e);
        }
    }

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
