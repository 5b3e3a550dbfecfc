package org.ordinancewatch.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public PartialDate convertToEntityAttribute(String text) {
        return PartialDate.parse(text);
    }
}
