package org.ordinancewatch.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Level} by its lowercase code, the same word the API and config files use. */
@Converter(autoApply = true)
public class LevelConverter implements AttributeConverter<Level, String> {

    @Override
    public String convertToDatabaseColumn(Level value) {
        return value == null ? null : value.code();
    }

    @Override
    public Level convertToEntityAttribute(String code) {
        return code == null ? null : Level.fromCode(code);
    }
}
