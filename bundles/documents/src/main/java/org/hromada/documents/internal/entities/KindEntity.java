package org.hromada.documents.internal.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of document (council decision, order, protocol...): data, so a council can add its own. */
@Entity
@Table(name = "documents_kind")
public class KindEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_uk", nullable = false, length = 200)
    private String nameUk;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false, length = 60)
    private String segment;

    @Column(name = "numbering_scope", nullable = false, length = 20)
    private String numberingScope;

    @Column(nullable = false)
    private int position;

    @Column(name = "publication_rule", nullable = false, length = 20)
    private String publicationRule;

    protected KindEntity() {
    }

    public KindEntity(String code, String nameUk, String nameEn, String segment, String numberingScope, int position,
                      String publicationRule) {
        this.code = code;
        this.nameUk = nameUk;
        this.nameEn = nameEn;
        this.segment = segment;
        this.numberingScope = numberingScope;
        this.position = position;
        this.publicationRule = publicationRule;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameUk() {
        return nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSegment() {
        return segment;
    }

    public String getNumberingScope() {
        return numberingScope;
    }

    public int getPosition() {
        return position;
    }

    /** Which legal publication deadline the kind's documents follow: see {@code PublicationRule}. */
    public String getPublicationRule() {
        return publicationRule;
    }
}
