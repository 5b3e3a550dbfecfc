package org.ordinancewatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The widths the entities cut scraped text to are the widths the migrations gave their columns. */
@QuarkusTest
class ColumnWidthsTest {

    @Inject
    EntityManager em;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "meeting, source_key, " + Meeting.SOURCE_KEY_WIDTH,
            "meeting, body, " + Meeting.BODY_WIDTH,
            "meeting, title, " + Meeting.TITLE_WIDTH,
            "meeting, location, " + Meeting.LOCATION_WIDTH,
            "meeting, url, " + Meeting.URL_WIDTH,
            "meeting, agenda_url, " + Meeting.URL_WIDTH,
            "meeting, minutes_url, " + Meeting.URL_WIDTH,
            "meeting, video_url, " + Meeting.URL_WIDTH,
            "agenda_item, item_key, " + AgendaItem.ITEM_KEY_WIDTH,
            "agenda_item, number, " + AgendaItem.NUMBER_WIDTH,
            "agenda_item, file_number, " + AgendaItem.FILE_NUMBER_WIDTH,
            "agenda_item, title, " + AgendaItem.TITLE_WIDTH,
            "agenda_item, action, " + AgendaItem.ACTION_WIDTH,
            "agenda_item, result, " + AgendaItem.RESULT_WIDTH,
            "agenda_item, url, " + AgendaItem.URL_WIDTH,
            "agenda_item, matched_terms, " + AgendaItem.MATCHED_TERMS_WIDTH,
            "measure, identifier, " + Measure.IDENTIFIER_WIDTH,
            "measure, title, " + Measure.TITLE_WIDTH,
            "measure, platform_status, " + Measure.PLATFORM_STATUS_WIDTH,
            "measure, source_url, " + Measure.SOURCE_URL_WIDTH,
            "status_change, action_text, " + StatusChange.ACTION_TEXT_WIDTH,
            "status_change, source_label, " + StatusChange.SOURCE_LABEL_WIDTH,
            "status_change, source_url, " + StatusChange.SOURCE_URL_WIDTH,
            "snapshot, url, " + Snapshot.URL_WIDTH,
            "snapshot, final_url, " + Snapshot.URL_WIDTH,
            "snapshot, content_type, " + Snapshot.CONTENT_TYPE_WIDTH,
            "snapshot, etag, " + Snapshot.ETAG_WIDTH,
            "snapshot, last_modified, " + Snapshot.LAST_MODIFIED_WIDTH,
            "source_health, last_error, " + SourceHealth.LAST_ERROR_WIDTH,
    })
    void theEntityNamesItsColumnsWidth(String table, String column, int width) {
        Number declared = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select character_maximum_length from information_schema.columns"
                        + " where lower(table_name) = ?1 and lower(column_name) = ?2")
                .setParameter(1, table).setParameter(2, column).getSingleResult());
        assertThat(declared.intValue()).isEqualTo(width);
    }
}
