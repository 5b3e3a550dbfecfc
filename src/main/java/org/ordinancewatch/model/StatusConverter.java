package org.ordinancewatch.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Status} by its lowercase code, the same word the API and config files use. */
@Converter(autoApply = true)
public class StatusConverter implements AttributeConverter<Status, String> {

    @Override
    public String convertToDatabaseColumn(Status value) {
        return value == null ? null : value.code();
    }

    @Override
    public Status convertToEntityAttribute(String code) {
        return code == null ? null : Status.fromCode(code);
    }
}
