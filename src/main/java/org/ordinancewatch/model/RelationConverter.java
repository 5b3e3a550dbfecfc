package org.ordinancewatch.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Relation} by its lowercase code, the same word the API and config files use. */
@Converter(autoApply = true)
public class RelationConverter implements AttributeConverter<Relation, String> {

    @Override
    public String convertToDatabaseColumn(Relation value) {
        return value == null ? null : value.code();
    }

    @Override
    public Relation convertToEntityAttribute(String code) {
        return code == null ? null : Relation.fromCode(code);
    }
}
