package org.pashm.app.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pashm.app.problem.JsonPointers;
import org.pashm.app.problem.JsonTypes;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.problem.Violations;

/**
 * Binds every request body whose type is marked {@link JsonRequest}: strictly, collecting every problem, then checks
 * its Bean Validation constraints, and answers all of them at once (400, the request's problem type, an
 * {@code errors} member with JSON pointers and rule codes). A resource method that takes such a record therefore
 * starts with a valid one, and {@code /q/openapi} shows the record's schema. A record that is a
 * {@link CheckedRequest} adds its own rules to the same answer, and so does each {@link RequestCheck} bean of its type.
 * A resource takes {@link Received} to add rules that need stored data, and {@link Verbatim} to keep the text as sent.
 *
 * <p>Refused, wherever they are in the body: members the record does not define, values of the wrong JSON type (no
 * coercion), text that is not a date or a UUID, NUL and other control characters, numbers out of range, and anything
 * after the JSON document. A body that is not JSON at all is {@code malformed-json}.
 */
@Provider
@Singleton
@Consumes(MediaType.APPLICATION_JSON)
public class RequestReader implements MessageBodyReader<Object> {

    private static final String ERRORS = RequestReader.class.getName() + ".errors";

    private final ObjectMapper strict;
    private final Validator validator;
    private final List<RequestCheck<?>> checks;
    private final long maxBody;

    /**
     * @param maxBody {@code pashm.http.max-body-size}: a body with a larger Content-Length never gets here
     *                ({@code BodySizeLimit}); one sent without it (chunked) is counted here while it is read
     */
    @Inject
    public RequestReader(ObjectMapper mapper, Validator validator, @Any Instance<RequestCheck<?>> checks,
                         @ConfigProperty(name = "pashm.http.max-body-size", defaultValue = "2M") MemorySize maxBody) {
        this.maxBody = maxBody.asLongValue();
        this.strict = mapper.copy()
                .registerModule(StrictScalars.module())
                .addHandler(new Collecting())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // A member given twice: which value was meant cannot be known, and taking the last would ignore the
                // other silently (the fuzz suite found 7 endpoints that did).
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.validator = validator;
        this.checks = checks.stream().toList();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isAnnotationPresent(JsonRequest.class)
                || (type == Received.class || type == Verbatim.class) && requestType(genericType) != null;
    }

    /** The request type of {@code Received<T>} or {@code Verbatim<T>}, or null when it is not a {@link JsonRequest}. */
    private static Class<?> requestType(Type genericType) {
        if (genericType instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                && c.isAnnotationPresent(JsonRequest.class)) {
            return c;
        }
        return null;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = readAtMostTheLimit(entityStream);
        if ((Class<?>) type == Received.class) {
            return receive(requestType(genericType), body);
        }
        if ((Class<?>) type == Verbatim.class) {
            return new Verbatim<>(receive(requestType(genericType), body), new String(body, StandardCharsets.UTF_8));
        }
        return read(type, body);
    }

    /**
     * The body, read up to one byte past the limit and refused with 413 there: a chunked body is never held whole
     * (issue 22: 100 MB sent chunked was read into memory). Vert.x discards what the client still sends.
     */
    private byte[] readAtMostTheLimit(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (body.length > maxBody) {
            throw Problems.payloadTooLarge(maxBody);
        }
        return body;
    }

    /** Binds and checks {@code body} as {@code type}; throws the request's problem with every error found. */
    public <T> T read(Class<T> type, byte[] body) throws IOException {
        Received<T> received = receive(type, body);
        return received.check((value, errors) -> { });
    }

    /**
     * Binds and checks {@code body} as {@code type}, keeping the problems for the service to answer with its own;
     * throws at once only when there is nothing to check further (the body is not a JSON object of that shape).
     */
    public <T> Received<T> receive(Class<T> type, byte[] body) throws IOException {
        JsonRequest request = type.getAnnotation(JsonRequest.class);
        List<FieldError> errors = new ArrayList<>();
        T value = null;
        if (isBlank(body)) {
            errors.add(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object"));
        } else {
            ObjectReader reader = strict.readerFor(type).withAttribute(ERRORS, errors);
            try {
                value = reader.readValue(body);
            } catch (JsonParseException e) {
                if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                        && e.getProcessor() != null) {
                    JsonStreamContext at = e.getProcessor().getParsingContext();
                    errors.add(FieldError.body(at.pathAsPointer().toString(), Rule.DUPLICATE, "'"
                            + at.getCurrentName() + "' is given twice; give it once"));
                } else {
                    errors.add(FieldError.body("", Rule.MALFORMED_JSON, "The body is not valid JSON: "
                            + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
                }
            } catch (MismatchedInputException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
                    errors.add(FieldError.body("", Rule.MALFORMED_JSON,
                            "The body must be one JSON document, with nothing after it"));
                } else {
                    errors.add(FieldError.body(pointer(e), Rule.WRONG_TYPE, e.getOriginalMessage()));
                }
            } catch (JsonMappingException e) {
                errors.add(FieldError.body(pointer(e), Rule.INVALID_VALUE, e.getOriginalMessage()));
            }
        }
        if (value != null) {
            List<FieldError> violations = new ArrayList<>();
            for (ConstraintViolation<T> v : validator.validate(value)) {
                FieldError e = Violations.of(v);
                // A member already refused when it was bound (then null) is not also reported as missing.
                if (!(e.rule() == Rule.REQUIRED && errors.stream().anyMatch(b -> e.pointer().equals(b.pointer())))) {
                    violations.add(e);
                }
            }
            violations.sort(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::detail));
            errors.addAll(violations);
        }
        FieldErrors all = new FieldErrors(errors);
        if (value instanceof CheckedRequest checked) {
            checked.check(all);
        }
        if (value != null) {
            for (RequestCheck<?> check : checks) {
                if (check.type().isAssignableFrom(type)) {
                    run(check, value, all);
                }
            }
        } else {
            if (all.isEmpty()) {
                all.add("", Rule.WRONG_TYPE, "The body must be a JSON object");
            }
            all.throwIfAny(request.problem(), request.title());
        }
        return new Received<>(value, all.list(), request);
    }

    @SuppressWarnings("unchecked")
    private static <T> void run(RequestCheck<T> check, Object value, FieldErrors errors) {
        check.check((T) value, errors);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String pointer(JsonMappingException e) {
        return JsonPointers.of(e.getPath());
    }

    /** The JSON pointer of the value the parser is at (a container being opened counts as its parent's member). */
    static String pointerAt(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        if ((p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY)
                && context.getParent() != null) {
            context = context.getParent();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.push(JsonPointers.escape(c.getCurrentName()));
            } else if (c.inArray()) {
                segments.push(Integer.toString(Math.max(c.getCurrentIndex(), 0)));
            }
        }
        return segments.isEmpty() ? "" : "/" + String.join("/", segments);
    }

    private static String field(String pointer) {
        return pointer.isEmpty() ? "The body" : pointer.substring(1);
    }

    /** Records each problem of binding, with its pointer, and lets binding go on to the next one. */
    private static final class Collecting extends DeserializationProblemHandler {

        @SuppressWarnings("unchecked")
        private static List<FieldError> errors(DeserializationContext ctxt) {
            return (List<FieldError>) ctxt.getAttribute(ERRORS);
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String at = pointerAt(p);
            String pointer = at.endsWith("/" + propertyName) ? at : at + "/" + propertyName;
            errors(ctxt).add(FieldError.body(pointer, Rule.UNKNOWN_FIELD, "'" + propertyName
                    + "' is not a field here; expected " + deserializer.getKnownPropertyNames()));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            String pointer = pointerAt(p);
            errors(ctxt).add(FieldError.body(pointer, Rule.WRONG_TYPE, pointer.isEmpty()
                    ? "The body must be " + JsonTypes.expected(targetType.getRawClass())
                    : field(pointer) + " must be " + JsonTypes.expected(targetType.getRawClass())));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            String pointer = pointerAt(ctxt.getParser());
            if (targetType == String.class) {
                // failureMsg: StrictScalars.unstorable's reason (a NUL, or which control character).
                errors(ctxt).add(FieldError.body(pointer, Rule.INVALID_CHARACTER, field(pointer) + " " + failureMsg));
            } else {
                errors(ctxt).add(FieldError.body(pointer, Rule.WRONG_TYPE, "'" + value + "' is not "
                        + JsonTypes.expected(targetType)));
            }
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            String pointer = pointerAt(ctxt.getParser());
            if (failureMsg.contains("whole")) {
                errors(ctxt).add(FieldError.body(pointer, Rule.WRONG_TYPE, field(pointer) + " must be a whole number"));
            } else {
                errors(ctxt).add(FieldError.body(pointer, Rule.OUT_OF_RANGE, field(pointer) + " " + value
                        + " is out of range"));
            }
            return null;
        }
    }
}
