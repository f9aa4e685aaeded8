package io.avstack.core.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * Makes every component of a config record required and non-null unless it is
 * {@link OptionalKey}, and list/map elements never null.
 *
 * <p>Per property rather than through {@code FAIL_ON_MISSING_CREATOR_PROPERTIES} /
 * {@code FAIL_ON_NULL_CREATOR_PROPERTIES}: those features are global and would also reject an
 * absent optional key.
 */
final class ConfigAnnotationIntrospector extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private static final JsonSetter.Value REQUIRED_NULLS = JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL);
    private static final JsonSetter.Value OPTIONAL_NULLS = JsonSetter.Value.construct(Nulls.SET, Nulls.FAIL);

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
        if (!isRecordMember(member)) {
            return super.hasRequiredMarker(member);
        }
        return !member.hasAnnotation(OptionalKey.class);
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated annotated) {
        if (!(annotated instanceof AnnotatedMember member) || !isRecordMember(member)) {
            return super.findSetterInfo(annotated);
        }
        return member.hasAnnotation(OptionalKey.class) ? OPTIONAL_NULLS : REQUIRED_NULLS;
    }

    private static boolean isRecordMember(AnnotatedMember member) {
        Class<?> owner = member.getDeclaringClass();
        return owner != null && owner.isRecord();
    }
}
