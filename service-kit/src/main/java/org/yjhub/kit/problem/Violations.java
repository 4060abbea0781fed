package org.yjhub.kit.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean Validation's refusal of a request, as the kit's other refusals are worded: a bound on a parameter (path, query
 * or header, directly or in a {@code @BeanParam}) is a 400 naming the parameter as the client sends it ({@code team},
 * {@code If-Match}); a bound on the body is a 422 naming the field by its JSON path ({@code values[2].indicator}), as
 * the services' own content rules answer. Either lists every violation. The resource method has not run, so nothing
 * was changed.
 */
final class Violations {

    private Violations() {
    }

    static ProblemException problem(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> parameters = new ArrayList<>();
        List<FieldError> body = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            Located at = locate(v);
            (at.parameter ? parameters : body).add(FieldError.of(at.field, v.getMessage()));
        }
        Comparator<FieldError> byField = Comparator.comparing(FieldError::field).thenComparing(FieldError::message);
        if (!parameters.isEmpty()) {
            parameters.sort(byField);
            return new ProblemException(400, "bad-request", "Malformed request", detail(parameters), parameters);
        }
        body.sort(byField);
        return ProblemException.unprocessable(detail(body), body);
    }

    /** The first few violations in words (all of them are in errors), so that the detail stays short. */
    private static String detail(List<FieldError> errors) {
        String first = errors.stream().limit(QUOTED).map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; "));
        return first + (errors.size() > QUOTED ? "; and " + (errors.size() - QUOTED) + " more" : "") + "; nothing was changed";
    }

    private static final int QUOTED = 3;

    private record Located(boolean parameter, String field) {
    }

    /** Where the violation is, as the client names it. */
    static Located locate(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        Method method = null;
        int index = -1;
        int after = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD) {
                method = method(v.getRootBeanClass(), node.as(Path.MethodNode.class));
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
                after = i + 1;
                break;
            }
        }
        if (method == null || index < 0) {
            // a bean validated on its own (no method in the path): a field bound to a parameter is named as one
            String name = nodes.isEmpty() ? null : annotatedName(v.getRootBeanClass(), nodes.get(0).getName());
            return name != null ? new Located(true, name) : new Located(false, jsonPath(nodes, 0));
        }
        Annotation[] annotations = method.getParameterAnnotations()[index];
        String direct = parameterName(annotations);
        if (direct != null) {
            return new Located(true, direct);
        }
        if (has(annotations, BeanParam.class) && after < nodes.size()) {
            String property = nodes.get(after).getName();
            return new Located(true, beanParameterName(method.getParameterTypes()[index], property));
        }
        String path = jsonPath(nodes, after);
        return new Located(false, path.isEmpty() ? "body" : path);
    }

    /** The JSON path of the nodes from {@code from}: {@code values[2].indicator}, {@code teams[3]}. */
    private static String jsonPath(List<Path.Node> nodes, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return out.toString();
    }

    /**
     * The resource method as written: the highest class that declares it, since a generated subclass (interceptors)
     * overrides it without the parameters' annotations.
     */
    private static Method method(Class<?> type, Path.MethodNode node) {
        Class<?>[] parameters = node.getParameterTypes().toArray(Class<?>[]::new);
        Method found = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                found = c.getDeclaredMethod(node.getName(), parameters);
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return found;
    }

    private static String beanParameterName(Class<?> bean, String property) {
        String name = annotatedName(bean, property);
        return name != null ? name : property;
    }

    /** The name a JAX-RS annotation on the bean's field gives it ({@code If-Match}), or null when it has none. */
    private static String annotatedName(Class<?> bean, String property) {
        for (Class<?> c = bean; c != null && c != Object.class && property != null; c = c.getSuperclass()) {
            try {
                return parameterName(c.getDeclaredField(property).getAnnotations());
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return null;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return true;
            }
        }
        return false;
    }
}
