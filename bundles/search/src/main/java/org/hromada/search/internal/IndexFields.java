package org.hromada.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.hromada.platform.api.search.SearchDocument;

/** The fields of one indexed item and how a {@link SearchDocument} becomes a Lucene document. */
final class IndexFields {
    /** {@code type:id}: unique, the handle for replacing and deleting an item. */
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String URL = "url";
    static final String PUBLISHED_AT = "publishedAt";

    /** Analysed and stored, with offsets in the postings so snippets need no second analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexFields() {
    }

    static String key(String type, long id) {
        return type + ":" + id;
    }

    static Term keyTerm(String type, long id) {
        return new Term(KEY, key(type, id));
    }

    static Document document(SearchDocument item) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(item.type(), item.id()), Field.Store.NO));
        doc.add(new StringField(TYPE, item.type(), Field.Store.YES));
        doc.add(new StoredField(ID, item.id()));
        doc.add(new StringField(LANGUAGE, orEmpty(item.language()), Field.Store.YES));
        doc.add(new TextField(TITLE, orEmpty(item.title()), Field.Store.YES));
        doc.add(new Field(TEXT, orEmpty(item.text()), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(URL, orEmpty(item.url())));
        if (item.publishedAt() != null) {
            long millis = item.publishedAt().toEpochMilli();
            doc.add(new LongPoint(PUBLISHED_AT, millis));
            doc.add(new StoredField(PUBLISHED_AT, millis));
            doc.add(new NumericDocValuesField(PUBLISHED_AT, millis)); // newer first among equal scores
        }
        return doc;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
