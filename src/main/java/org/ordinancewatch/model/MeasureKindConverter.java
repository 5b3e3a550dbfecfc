package org.ordinancewatch.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link MeasureKind} by its lowercase code, the same word the API and config files use. */
@Converter(autoApply = true)
public class MeasureKindConverter implements AttributeConverter<MeasureKind, String> {

    @Override
    public String convertToDatabaseColumn(MeasureKind value) {
        return value == null ? null : value.code();
    }

    @Override
    public MeasureKind convertToEntityAttribute(String code) {
        return code == null ? null : MeasureKind.fromCode(code);
    }
}
